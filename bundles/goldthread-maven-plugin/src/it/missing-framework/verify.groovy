// The error names the missing framework id and version, where the plugin looked, and the dependency to add.
def log = new File(basedir, 'build.log').text
assert log.contains('Goldthread: no framework source provides the framework this file implements:')
assert log.contains('src/main/goldthread/northtown-pgcert.course implements cypmh.leadership version "2024"')
assert log.contains('Looked in: no dependency of this project holds frameworks/index.txt; not the frameworks shipped with the plugin (useShippedFrameworks is false).')
assert log.contains('<artifactId>org.goldthread.curricula</artifactId>')
assert log.contains('BUILD FAILURE')
true
