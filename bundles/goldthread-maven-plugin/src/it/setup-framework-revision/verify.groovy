// The revision was checked and packaged with an index, and the jar is installed (in the tests' local repository)
// for impact-from-dependencies.
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
assert log.contains('Goldthread: published 1 framework in target/classes/frameworks: cypmh.leadership 2026-fictional (cypmh-leadership-2026-fictional.curriculum)')
assert log.contains('BUILD SUCCESS')
def installed = new File(localRepositoryPath, 'org/goldthread/it/cypmh-leadership-revision/2026-fictional/cypmh-leadership-revision-2026-fictional.jar')
assert installed.isFile()
new ZipFile(installed).withCloseable { zip ->
    assert zip.getInputStream(zip.getEntry('frameworks/index.txt')).text.readLines().findAll { !it.startsWith('#') } ==
            ['cypmh-leadership-2026-fictional.curriculum cypmh.leadership 2026-fictional']
}
true
