// The findings are logged the Maven way, by severity; the build fails with a summary; reports are written (package phase).
def log = new File(basedir, 'build.log').text
def course = new File(basedir, 'src/main/goldthread/eastfield-pgcert.course').canonicalPath

assert log.contains("[ERROR] ${course}:[14,8] GT-DEL-001 The course has 11 teaching days; the curriculum requires 12.")
assert log =~ /\[ERROR\] .*eastfield-pgcert\.course:\[\d+,\d+\] GT-COV-001 Learning objective 'evaluation\.complaints'/
assert log =~ /\[WARNING\] .*eastfield-pgcert\.course:\[\d+,\d+\] GT-THR-002 /
assert log =~ /\[INFO\] .*eastfield-pgcert\.course:\[\d+,\d+\] GT-COV-003 /
assert log.contains('[ERROR] eastfield.pgcertLeadership (Postgraduate Certificate in Leading Children and Young People\'s Mental Health Services): does not conform — 3 errors, 4 warnings, 2 info')
assert log.contains('Goldthread check failed (failOn=error): 1 file checked: 3 errors, 4 warnings, 2 info. 1 of 1 file did not pass: eastfield.pgcertLeadership: does not conform')
assert log.contains('BUILD FAILURE')

def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/goldthread/junit/TEST-goldthread.eastfield.pgcertLeadership.xml'))
assert junit.@failures == '2' // GT-COV-001 and GT-DEL-001
assert junit.testcase.find { it.@name.text().startsWith('GT-DEL-001') }.failure.size() == 1
// no stamp: a failed check is never up to date
assert !new File(basedir, 'target/goldthread-stamps/check-default.properties').exists()
true
