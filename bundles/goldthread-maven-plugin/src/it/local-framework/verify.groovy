def log = new File(basedir, 'build.log').text
assert log.contains('uni.course (Course): conforms — 0 errors, 0 warnings, 0 info')
def out = new File(basedir, 'target/goldthread')
// the framework file is linked against, not reported: one report, no index
assert out.list().findAll { it.endsWith('.json') } == ['uni.course.json']
def json = new groovy.json.JsonSlurper().parse(new File(out, 'uni.course.json'))
assert json.reports.size() == 1
assert json.reports[0].framework.id == 'test.core'
true
