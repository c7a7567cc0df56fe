def log = new File(basedir, 'build.log').text
assert log.contains('uni.course (Course): conforms — 0 errors, 0 warnings, 0 info')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/goldthread/goldthread.json'))
assert json.documents.size() == 1 // the framework file is linked against, not reported
assert json.documents[0].implements.id == 'test.core'
true
