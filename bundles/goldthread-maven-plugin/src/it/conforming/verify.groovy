// Build 1 checked and wrote reports and docs; build 2 (same log) found every goal up to date.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/goldthread')
def docs = new File(basedir, 'target/goldthread-docs')

assert log.contains('northtown.pgcertLeadership (PGCert Leadership in Children and Young People\'s Mental Health): conforms — 0 errors, 0 warnings, 0 info')
assert log.contains('Goldthread: 1 file checked: 0 errors, 0 warnings, 0 info')
assert !log.contains('[ERROR]')

def json = new groovy.json.JsonSlurper().parse(new File(out, 'goldthread.json'))
assert json.summary.files == 1 && json.summary.errors == 0
assert json.documents[0].id == 'northtown.pgcertLeadership'
assert json.documents[0].verdict == 'conforms'
assert json.documents[0].implements.id == 'cypmh.leadership' && json.documents[0].implements.version == '2024'

def junit = new groovy.xml.XmlSlurper().parse(new File(out, 'junit/TEST-goldthread.northtown.pgcertLeadership.xml'))
assert junit.@failures == '0' && (junit.@tests.toInteger()) > 30

assert new File(docs, 'index.md').text.contains('northtown.pgcertLeadership.md')
assert new File(docs, 'northtown.pgcertLeadership.md').text.contains('## Theme coverage')
assert new File(docs, 'rules.md').isFile()

['report', 'docs', 'check'].each { goal ->
    assert log.contains("Goldthread ${goal}: up to date, nothing changed since the last successful run") : "second build: ${goal} not up to date"
}
true
