// Both versions came from the dependencies' jars (no shipped frameworks): the new one named as id@version, and the
// Northtown course linked to version 2024, so its consequences are listed.
def log = new File(basedir, 'build.log').text
assert log.contains('Goldthread: the new version cypmh.leadership version "2026-fictional" is the one of dependency org.goldthread.it:cypmh-leadership-revision:jar:2026-fictional')
assert log.contains('northtown.pgcertLeadership: ')
assert log.contains('BUILD SUCCESS')
def json = new File(basedir, 'target/goldthread-impact/impact.json').text
assert json.contains('"course": "northtown.pgcertLeadership"')
assert json.contains('"oldId": "landscape.policyTimeline"')
assert json.contains('by goldthread migrate')
true
