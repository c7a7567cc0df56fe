// Build 1 checked and wrote reports in every format and the documentation site, with the renderers of
// org.goldthread.reports (as `goldthread report` and `goldthread docs`); build 2 (same log) found every goal up to date.
def log = new File(basedir, 'build.log').text
// run on the Maven this execution of the invoker is meant for (3.9: the build's own; 3.8: goldthread.it.maven38.home)
assert mavenVersion.startsWith(expectedMavenVersion) : "ran on Maven ${mavenVersion}, not ${expectedMavenVersion}"
println "conforming: Maven ${mavenVersion}"
def out = new File(basedir, 'target/goldthread')
def docs = new File(basedir, 'target/goldthread-docs')
def id = 'northtown.pgcertLeadership'

assert log.contains('northtown.pgcertLeadership (PGCert Leadership in Children and Young People\'s Mental Health): conforms — 0 errors, 0 warnings, 0 info')
assert log.contains('Goldthread: 1 file checked: 0 errors, 0 warnings, 0 info')
assert log.contains('Goldthread: wrote html, pdf, md, json, junit, sarif, csv reports of 1 document in target/goldthread (7 files): 0 errors, 0 warnings, 0 info')
assert log =~ /Goldthread: wrote documentation site of 1 file in target\/goldthread-docs: \d+ pages \(open target\/goldthread-docs\/index\.html\)/
assert !log.contains('[ERROR]')

// one file per format, named after the course's id; no index for a single document
def html = new File(out, "${id}.html").text
assert html.contains('Verdict') && html.contains('>Conforms<') && html.contains('src/main/goldthread/northtown-pgcert.course')
assert !html.contains('<script')
assert new File(out, "${id}.pdf").bytes[0..4] == '%PDF-'.bytes as List
assert new File(out, "${id}.md").text.contains('**Conforms**')
def json = new groovy.json.JsonSlurper().parse(new File(out, "${id}.json"))
assert json.reports.size() == 1
assert json.reports[0].id == id && json.reports[0].verdict == 'conforms'
assert json.reports[0].framework.id == 'cypmh.leadership' && json.reports[0].framework.version == '2024'
assert json.reports[0].file == 'src/main/goldthread/northtown-pgcert.course'
def sarif = new groovy.json.JsonSlurper().parse(new File(out, "${id}.sarif"))
assert sarif.version == '2.1.0' && sarif.runs[0].results.isEmpty() && sarif.runs[0].tool.driver.rules.size() > 30
assert new File(out, "${id}.csv").readLines()[0].startsWith('objective id')
def junit = new groovy.xml.XmlSlurper().parse(new File(out, "junit/TEST-${id}.xml"))
assert junit.@failures == '0' && (junit.@tests.toInteger()) > 30
assert !new File(out, 'index.html').exists()

// the documentation site: the course's handbook, linked to the pages of the curriculum it implements
assert new File(docs, 'index.html').text.contains(id)
def handbook = new File(docs, "courses/${id}.html").text
assert handbook.contains('../frameworks/cypmh.leadership/')
assert new File(docs, 'frameworks/cypmh.leadership/index.html').isFile()

['report', 'docs', 'check'].each { goal ->
    assert log.contains("Goldthread ${goal}: up to date, nothing changed since the last successful run") : "second build: ${goal} not up to date"
}
true
