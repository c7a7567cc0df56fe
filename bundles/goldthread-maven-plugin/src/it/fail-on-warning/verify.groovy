def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] .*northtown-pgcert\.course:\[\d+,\d+\] GT-INT-007 /
assert !(log =~ /\[ERROR\] .*northtown-pgcert\.course:\[/)
assert log.contains('[WARNING] northtown.pgcertLeadership (PGCert Leadership in Children and Young People\'s Mental Health): conforms with warnings — 0 errors, 1 warning, 0 info')
assert log.contains('Goldthread check failed (failOn=warning): 1 file checked: 0 errors, 1 warning, 0 info. 1 of 1 file did not pass: northtown.pgcertLeadership: conforms with warnings')
true
