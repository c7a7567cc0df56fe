// mvn site wrote the Goldthread page in the site's skin, listed it in the Project Reports menu, and wrote the
// standalone report and the documentation site it links into the site.
def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/site')
def id = 'northtown.pgcertLeadership'

assert log.contains('BUILD SUCCESS')
assert log =~ /Goldthread: site page goldthread\.html, 1 report in goldthread\/, \d+ documentation pages in goldthread-docs\/: 1 file checked: 0 errors, 0 warnings, 0 info/

def page = new File(site, 'goldthread.html').text
// the site's skin (Maven Fluido, the site plugin's default) and its menu
assert page.contains('fluido') : 'the page is rendered in the site skin'
assert page.contains('<li class="active"><a>Goldthread conformance</a></li>') : 'the menu entry, as the current page'
def reports = new File(site, 'project-reports.html').text
assert reports.contains('<li><a href="goldthread.html">Goldthread conformance</a></li>') : 'the menu entry, on another page'
// the verdict table and its links
assert page.contains("${id} (PGCert Leadership in Children and Young People")
assert page.contains('cypmh.leadership 2024') && page.contains('>conforms<')
assert page.contains("href=\"goldthread/${id}.html\"")
assert page.contains("href=\"goldthread-docs/courses/${id}.html\"")
assert page.contains('href="goldthread-docs/index.html"')
assert page.contains('No findings.')
// the linked pages are there
assert new File(site, "goldthread/${id}.html").text.contains('>Conforms<')
assert new File(site, "goldthread-docs/courses/${id}.html").text.contains('../frameworks/cypmh.leadership/')
assert new File(site, 'goldthread-docs/frameworks/cypmh.leadership/index.html').isFile()
// the Project Reports overview lists it too
assert reports =~ /<td><a href="goldthread\.html">Goldthread conformance<\/a><\/td>/
true
