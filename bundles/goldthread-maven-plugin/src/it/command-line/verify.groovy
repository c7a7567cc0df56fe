// The three builds share build.log, in order.
def log = new File(basedir, 'build.log').text
def first = log.indexOf('Goldthread: the build goes on despite the findings above (failOn=none)')
def failed = log.indexOf('Goldthread check failed (failOn=error): 1 file checked: ')
assert first >= 0 && failed > first
def third = log.indexOf('(failOn=none)', failed)
assert third > failed : 'the third build went on despite the findings'
// the cpd profile, given on the command line, changed the check: the summary line names it
assert log.indexOf('(profile cpd)', failed) > failed
assert !log.substring(0, failed).contains('(profile cpd)')
true
