// The findings are logged the Maven way, by severity; the build fails with a summary; the reports (default formats:
// html, json, junit, sarif) and the documentation are written first (package phase).
def log = new File(basedir, 'build.log').text
def course = new File(basedir, 'src/main/goldthread/eastfield-pgcert.course').canonicalPath
def out = new File(basedir, 'target/goldthread')
def id = 'eastfield.pgcertLeadership'

assert log.contains("[ERROR] ${course}:[15,8] GT-DEL-001 The course has 11 teaching days; the curriculum requires 12.")
assert log =~ /\[ERROR\] .*eastfield-pgcert\.course:\[\d+,\d+\] GT-COV-001 Learning objective 'evaluation\.complaints'/
assert log =~ /\[WARNING\] .*eastfield-pgcert\.course:\[\d+,\d+\] GT-THR-002 /
assert log =~ /\[INFO\] .*eastfield-pgcert\.course:\[\d+,\d+\] GT-COV-003 /
assert log.contains('[ERROR] eastfield.pgcertLeadership (Postgraduate Certificate in Leading Children and Young People\'s Mental Health Services): does not conform — 3 errors, 4 warnings, 1 info')
assert log.contains('Goldthread check failed (failOn=error): 1 file checked: 3 errors, 4 warnings, 1 info. 1 of 1 file did not pass: eastfield.pgcertLeadership: does not conform')
assert log.contains('BUILD FAILURE')
// a finding's fix hint follows it at INFO, not only with -X
assert log =~ /eastfield-pgcert\.course:\[\d+,\d+\] GT-[A-Z]+-\d+ [^\n]*\r?\n\[INFO\]     fix: \S/

def html = new File(out, "${id}.html").text
assert html.contains('>Does not conform<') && html.contains('GT-DEL-001') && html.contains('src/main/goldthread/eastfield-pgcert.course')
def json = new groovy.json.JsonSlurper().parse(new File(out, "${id}.json"))
assert json.reports[0].verdict == 'does not conform'
assert json.reports[0].counts.error == 3 && json.reports[0].counts.warning == 4 && json.reports[0].counts.info == 1
def sarif = new groovy.json.JsonSlurper().parse(new File(out, "${id}.sarif"))
assert sarif.runs[0].results.size() == 8 // 3 errors, 4 warnings, 1 info
assert sarif.runs[0].results.find { it.ruleId == 'GT-DEL-001' }.level == 'error'
def junit = new groovy.xml.XmlSlurper().parse(new File(out, "junit/TEST-${id}.xml"))
assert junit.@failures == '2' // GT-COV-001 and GT-DEL-001
assert junit.testcase.find { it.@name.text().startsWith('GT-DEL-001') }.failure.size() == 1
assert !new File(out, "${id}.pdf").exists() // not among the default formats
assert new File(basedir, "target/goldthread-docs/courses/${id}.html").isFile()
// no stamp: a failed check is never up to date
assert !new File(basedir, 'target/goldthread-stamps/check-default.properties').exists()
true
