// The course is the repository's example, copied in at setup: the repository holds one copy of each fixture.
def course = new File(basedir, 'src/main/goldthread/northtown-pgcert.course')
course.parentFile.mkdirs()
course.bytes = new File(examples, 'northtown/northtown-pgcert.course').bytes
return true
