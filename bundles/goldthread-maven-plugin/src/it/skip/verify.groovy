def log = new File(basedir, 'build.log').text
['report', 'docs', 'check'].each { assert log.contains("Skipping Goldthread ${it} (goldthread.skip)") }
assert !log.contains('GT-')
assert !new File(basedir, 'target/goldthread').exists() && !new File(basedir, 'target/goldthread-docs').exists()
assert log.contains('BUILD SUCCESS')
true
