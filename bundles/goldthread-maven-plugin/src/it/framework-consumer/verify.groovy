// The course was linked against the owner's published jar: the only framework source (no shipped frameworks, no
// local framework files); without it the check fails naming the missing curriculum (see missing-framework).
def log = new File(basedir, 'build.log').text
assert log.contains('northtown.pgcertLeadership2026 (PGCert Leadership in Children and Young People\'s Mental Health (2026-27 cohort)): conforms — 0 errors, 0 warnings, 0 info; pathway: pgcert (profile accreditation)')
assert log.contains('BUILD SUCCESS')
true
