// The owner's build checked the curriculum and packaged it with an index in org.goldthread.curricula's format;
// the jar is installed (in the tests' local repository) for framework-consumer.
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
assert log.contains('Goldthread: published 1 framework in target/classes/frameworks: cypmh.leadership 2024 (cypmh-leadership.curriculum); 0 errors, 0 warnings, 0 info')
assert log.contains('BUILD SUCCESS')

// curricula is bundles/org.goldthread.curricula (a script variable the plugin's pom.xml sets)
def shipped = new File(curricula, 'frameworks/cypmh-leadership.curriculum')
assert shipped.isFile()
def jar = new File(basedir, 'target/cypmh-leadership-curriculum-2024.1.jar')
new ZipFile(jar).withCloseable { zip ->
    def index = zip.getInputStream(zip.getEntry('frameworks/index.txt')).text
    assert index.readLines().findAll { !it.startsWith('#') } == ['cypmh-leadership.curriculum cypmh.leadership 2024']
    assert zip.getInputStream(zip.getEntry('frameworks/cypmh-leadership.curriculum')).bytes == shipped.bytes
}
def installed = new File(localRepositoryPath, 'org/goldthread/it/cypmh-leadership-curriculum/2024.1/cypmh-leadership-curriculum-2024.1.jar')
assert installed.isFile() && installed.bytes == jar.bytes
true
