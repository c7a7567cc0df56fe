package org.goldthread.reports.docs;

import static j2html.TagCreator.a;
import static j2html.TagCreator.bdi;
import static j2html.TagCreator.blockquote;
import static j2html.TagCreator.code;
import static j2html.TagCreator.dd;
import static j2html.TagCreator.div;
import static j2html.TagCreator.dl;
import static j2html.TagCreator.dt;
import static j2html.TagCreator.footer;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.h4;
import static j2html.TagCreator.li;
import static j2html.TagCreator.main;
import static j2html.TagCreator.nav;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.span;
import static j2html.TagCreator.strong;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.text;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.tr;
import static j2html.TagCreator.ul;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.goldthread.model.AllowedForm;
import org.goldthread.model.Appendix;
import org.goldthread.model.AssessmentElement;
import org.goldthread.model.AssessmentStatus;
import org.goldthread.model.ContentIdea;
import org.goldthread.model.Course;
import org.goldthread.model.CourseAssessment;
import org.goldthread.model.Coverage;
import org.goldthread.model.DeliveryPractice;
import org.goldthread.model.DeliveryRequirement;
import org.goldthread.model.Document;
import org.goldthread.model.Expectation;
import org.goldthread.model.FormatRequirement;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.Item;
import org.goldthread.model.JustifiedGap;
import org.goldthread.model.LearningOutcome;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.Module;
import org.goldthread.model.Pathway;
import org.goldthread.model.PlanAction;
import org.goldthread.model.Quote;
import org.goldthread.model.RequiredAssessment;
import org.goldthread.model.Resource;
import org.goldthread.model.Section;
import org.goldthread.model.Session;
import org.goldthread.model.StudyDay;
import org.goldthread.model.TeachingDay;
import org.goldthread.model.TeachingFormat;
import org.goldthread.model.support.Ids;
import org.goldthread.model.support.Labels;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.html.HtmlPage;
import org.goldthread.reports.html.Styles;

import j2html.tags.DomContent;

/**
 * Human documentation generated from the sources, as a browsable static site (see
 * {@link SiteLinks} for its layout). For a framework: an overview, one page per theme (or
 * recommendation, step, area) with its objectives and content ideas, the golden threads, the
 * assessment requirements and the appendices. For a course: a handbook (modules, days, sessions,
 * what each covers and weaves, assessments, justified gaps), linking every framework item it meets
 * to the framework's page. Plans get a page of actions. Every page is self-contained HTML like the
 * reports. Pure: documents in, a map of paths to pages out.
 */
public class DocsSiteRenderer {

	/**
	 * Renders the site. Frameworks implemented by the given courses and plans are documented too (so
	 * that their links lead somewhere), once each.
	 *
	 * @return page paths (from the site's root, '/'-separated) to HTML, in a stable order
	 */
	public Map<String, String> render(List<? extends Document> documents, RenderContext context) {
		Set<Framework> frameworks = new LinkedHashSet<>();
		List<Course> courses = new ArrayList<>();
		List<LocalPlan> plans = new ArrayList<>();
		for (Document d : documents) {
			if (d instanceof Framework f) {
				frameworks.add(f);
			} else if (d instanceof Course c) {
				courses.add(c);
			} else if (d instanceof LocalPlan p) {
				plans.add(p);
			}
		}
		for (Course c : courses) {
			if (resolved(c.getFramework()) != null) {
				frameworks.add(c.getFramework());
			}
		}
		for (LocalPlan p : plans) {
			if (resolved(p.getFramework()) != null) {
				frameworks.add(p.getFramework());
			}
		}
		SiteLinks links = new SiteLinks(new ArrayList<>(frameworks), courses, plans);
		Map<String, String> pages = new LinkedHashMap<>();
		new Writer(links, context, pages).site(new ArrayList<>(frameworks), courses, plans);
		return pages;
	}

	private static <T extends EObject> T resolved(T e) {
		return e == null || e.eIsProxy() ? null : e;
	}

	/** Builds the pages of one site. */
	private static final class Writer {
		private final SiteLinks links;
		private final RenderContext context;
		private final Map<String, String> pages;
		/** The page being written, for relative links. */
		private String current;

		Writer(SiteLinks links, RenderContext context, Map<String, String> pages) {
			this.links = links;
			this.context = context;
			this.pages = pages;
		}

		void site(List<Framework> frameworks, List<Course> courses, List<LocalPlan> plans) {
			index(frameworks, courses, plans);
			for (Framework f : frameworks) {
				framework(f);
			}
			for (Course c : courses) {
				course(c);
			}
			for (LocalPlan p : plans) {
				plan(p);
			}
		}

		private void page(String path, String title, List<DomContent> crumbs, DomContent... content) {
			current = path;
			List<DomContent> body = new ArrayList<>();
			if (!crumbs.isEmpty()) {
				List<DomContent> trail = new ArrayList<>();
				for (int i = 0; i < crumbs.size(); i++) {
					if (i > 0) {
						trail.add(text(" › "));
					}
					trail.add(crumbs.get(i));
				}
				body.add(nav(trail.toArray(DomContent[]::new)).withClass("crumbs"));
			}
			body.add(main(content));
			body.add(footer(p("Generated by Goldthread " + context.toolVersion() + " from the Goldthread sources.")));
			pages.put(path, HtmlPage.render(title, Styles.DOCS, "Goldthread " + context.toolVersion(), body.toArray(DomContent[]::new)));
		}

		private DomContent link(String label, String target) {
			String href = SiteLinks.relative(current, target);
			return href == null ? text(label) : a(label).withHref(href);
		}

		/** A link to a framework element, labelled by its id (with its text as the tooltip). */
		private DomContent ref(EObject element) {
			if (element == null || element.eIsProxy()) {
				return span("(unresolved reference)").withClass("muted");
			}
			String id = Ids.relativeId(element);
			String label = id == null ? titleOf(element) : id;
			String href = SiteLinks.relative(current, links.href(element));
			DomContent c = code(label);
			return href == null ? c : a(c).withHref(href).attr("title", titleOf(element));
		}

		// ------------------------------------------------------------------ index

		private void index(List<Framework> frameworks, List<Course> courses, List<LocalPlan> plans) {
			current = "index.html";
			List<DomContent> content = new ArrayList<>();
			content.add(h1("Goldthread documentation"));
			if (!frameworks.isEmpty()) {
				content.add(h2("Curricula and frameworks"));
				List<DomContent> items = new ArrayList<>();
				for (Framework f : frameworks) {
					items.add(li(link(nz(f.getTitle()), links.frameworkIndex(f)), text(" "), code(f.getName()),
							text(" version " + nz(f.getVersion()) + (f.getPublisher() == null ? "" : " — " + f.getPublisher()))));
				}
				content.add(ul(items.toArray(DomContent[]::new)));
			}
			if (!courses.isEmpty()) {
				content.add(h2("Course handbooks"));
				List<DomContent> items = new ArrayList<>();
				for (Course c : courses) {
					items.add(li(link(nz(c.getTitle()), links.page(c)), text(" "), code(c.getName()),
							text(c.getProvider() == null ? "" : " — " + c.getProvider())));
				}
				content.add(ul(items.toArray(DomContent[]::new)));
			}
			if (!plans.isEmpty()) {
				content.add(h2("Local workforce plans"));
				List<DomContent> items = new ArrayList<>();
				for (LocalPlan pl : plans) {
					items.add(li(link(nz(pl.getTitle()), links.page(pl)), text(" "), code(pl.getName()),
							text(pl.getOrganisation() == null ? "" : " — " + pl.getOrganisation())));
				}
				content.add(ul(items.toArray(DomContent[]::new)));
			}
			page("index.html", "Goldthread documentation", List.of(), content.toArray(DomContent[]::new));
		}

		// ------------------------------------------------------------------ framework

		private void framework(Framework f) {
			String path = links.frameworkIndex(f);
			current = path;
			List<DomContent> content = new ArrayList<>();
			content.add(h1(nz(f.getTitle())));
			List<DomContent> meta = new ArrayList<>();
			meta.add(div(dt("Id"), dd(code(f.getName()))));
			meta.add(div(dt("Kind"), dd(f.getKind() == null ? "" : f.getKind().getLiteral())));
			meta.add(div(dt("Version"), dd(nz(f.getVersion()))));
			if (f.getPublisher() != null) {
				meta.add(div(dt("Published by"), dd(f.getPublisher() + (f.getYear() > 0 ? ", " + f.getYear() : ""))));
			}
			if (f.getSource() != null) {
				meta.add(div(dt("Source"), dd(f.getSource())));
			}
			content.add(dl(meta.toArray(DomContent[]::new)).withClass("meta"));
			for (String about : f.getAbout()) {
				content.add(p(about));
			}
			if (!f.getAims().isEmpty()) {
				content.add(h2("Aims"));
				content.add(ul(f.getAims().stream().map(a -> (DomContent) li(a)).toArray(DomContent[]::new)));
			}
			List<DomContent> contents = new ArrayList<>();
			for (Section s : f.getSections()) {
				contents.add(li(link(nz(s.getTitle()), links.section(s)), text(" "), code(s.getName()).withClass("muted"),
						text(" — " + kindOf(s) + objectiveCount(s))));
			}
			if (!contents.isEmpty()) {
				content.add(h2(sectionsHeading(f)));
				content.add(ul(contents.toArray(DomContent[]::new)));
			}
			if (f.getDelivery() != null) {
				content.add(delivery(f.getDelivery()));
			}
			List<DomContent> more = new ArrayList<>();
			if (!f.getThreads().isEmpty()) {
				more.add(li(link("Golden threads", links.threads(f)), text(" (" + f.getThreads().size() + ")")));
			}
			if (!f.getOutcomes().isEmpty() || !f.getAssessments().isEmpty() || !f.getPathways().isEmpty()) {
				more.add(li(link("Assessment: key learning outcomes, required assessments, pathways", links.assessment(f))));
			}
			for (Appendix a : f.getAppendices()) {
				more.add(li(link("Appendix " + a.getNumber() + ": " + nz(a.getTitle()), links.appendix(a))));
			}
			if (!more.isEmpty()) {
				content.add(h2("Also in this " + (f.getKind() == null ? "framework" : f.getKind().getLiteral())));
				content.add(ul(more.toArray(DomContent[]::new)));
			}
			content.addAll(quotes(f.getQuotes()));
			page(path, nz(f.getTitle()), List.of(link("Documentation", "index.html")), content.toArray(DomContent[]::new));
			List<Section> sections = new ArrayList<>(f.getSections());
			f.getAppendices().forEach(a -> sections.addAll(a.getSections()));
			for (Section s : sections) {
				if (s.getName() != null) {
					sectionPage(f, s);
				}
			}
			if (!f.getThreads().isEmpty()) {
				threads(f);
			}
			if (!f.getOutcomes().isEmpty() || !f.getAssessments().isEmpty() || !f.getPathways().isEmpty()) {
				assessment(f);
			}
			for (Appendix a : f.getAppendices()) {
				appendix(f, a);
			}
		}

		private DomContent delivery(DeliveryRequirement d) {
			List<DomContent> c = new ArrayList<>();
			c.add(h2("Delivery"));
			for (String about : d.getAbout()) {
				c.add(p(about));
			}
			List<DomContent> facts = new ArrayList<>();
			if (d.getTeachingDays() > 0) {
				facts.add(li("Teaching days: " + d.getTeachingDays()));
			}
			if (d.getStudyDays() > 0) {
				facts.add(li("Study days: at least " + d.getStudyDays()));
			}
			for (FormatRequirement format : d.getFormats()) {
				facts.add(li(text("Format required: "), strong(String.join(" or ", format.getFormats().stream().map(TeachingFormat::getLiteral).toList())),
						text(format.getText() == null ? "" : " — " + format.getText())));
			}
			if (!facts.isEmpty()) {
				c.add(ul(facts.toArray(DomContent[]::new)));
			}
			return section(c.toArray(DomContent[]::new)).withId("delivery");
		}

		private void sectionPage(Framework f, Section s) {
			String path = links.section(s);
			current = path;
			List<DomContent> content = new ArrayList<>();
			content.add(h1(text(nz(s.getTitle())), span(kindOf(s)).withClass("tag")));
			content.add(p(text("Id "), code(s.getName())).withClass("muted"));
			if (s.getAim() != null) {
				content.add(p(strong("Aim: "), text(s.getAim())).withClass("aim"));
			}
			for (String about : s.getAbout()) {
				content.add(p(about));
			}
			if (!s.getItems().isEmpty()) {
				content.add(h2(itemsHeading(s)));
				if (s.getIntro() != null) {
					content.add(p(s.getIntro()));
				}
				content.add(items(s.getItems()).withClass("objectives"));
			}
			if (!s.getContentIdeas().isEmpty()) {
				content.add(h2("Ideas for content"));
				content.add(p("Suggestions a course might include to meet the aim and objectives; never requirements.").withClass("muted"));
				content.add(ideas(s.getContentIdeas()).withClass("ideas"));
			}
			if (!s.getResources().isEmpty()) {
				content.add(h2("Resources"));
				content.add(resources(s.getResources()));
			}
			content.addAll(quotes(s.getQuotes()));
			List<DomContent> crumbs = new ArrayList<>();
			crumbs.add(link("Documentation", "index.html"));
			crumbs.add(link(nz(f.getTitle()), links.frameworkIndex(f)));
			if (s.eContainer() instanceof Appendix a) {
				crumbs.add(link("Appendix " + a.getNumber(), links.appendix(a)));
			}
			page(path, nz(s.getTitle()) + " — " + nz(f.getTitle()), crumbs, content.toArray(DomContent[]::new));
		}

		private j2html.tags.specialized.UlTag items(List<Item> items) {
			List<DomContent> list = new ArrayList<>();
			for (Item item : items) {
				List<DomContent> parts = new ArrayList<>();
				parts.add(text(nz(item.getText())));
				parts.add(code(SiteLinks.anchor(item)).withClass("anchor-id"));
				if (item.getKind() != null && item.getKind() != org.goldthread.model.ItemKind.OBJECTIVE) {
					parts.add(span(Labels.itemKind(item.getKind())).withClass("tag"));
				}
				if (!item.getChildren().isEmpty()) {
					parts.add(items(item.getChildren()));
				}
				list.add(li(parts.toArray(DomContent[]::new)).withId(SiteLinks.anchor(item)));
			}
			return ul(list.toArray(DomContent[]::new));
		}

		private j2html.tags.specialized.UlTag ideas(List<ContentIdea> ideas) {
			List<DomContent> list = new ArrayList<>();
			for (ContentIdea idea : ideas) {
				List<DomContent> parts = new ArrayList<>();
				parts.add(text(nz(idea.getText())));
				if (!idea.getChildren().isEmpty()) {
					parts.add(ideas(idea.getChildren()));
				}
				var item = li(parts.toArray(DomContent[]::new));
				if (idea.getName() != null) {
					item.withId(SiteLinks.anchor(idea));
				}
				list.add(item);
			}
			return ul(list.toArray(DomContent[]::new));
		}

		private DomContent resources(List<Resource> resources) {
			List<DomContent> rows = new ArrayList<>();
			for (Resource r : resources) {
				rows.add(tr(td(nz(r.getTitle())).withId(SiteLinks.anchor(r)), td(Labels.kindOf(r)), td(r.getYear() > 0 ? String.valueOf(r.getYear()) : ""),
						td(code(nz(r.getName()))), td(nz(r.getAbout()))));
			}
			return table(thead(tr(th("Title"), th("Kind"), th("Year"), th("Id"), th("About"))), tbody(rows.toArray(DomContent[]::new)));
		}

		private List<DomContent> quotes(List<Quote> quotes) {
			List<DomContent> c = new ArrayList<>();
			for (Quote q : quotes) {
				c.add(blockquote(text(nz(q.getText())), text(q.getBy() == null ? "" : " — " + q.getBy())));
			}
			return c;
		}

		private void threads(Framework f) {
			String path = links.threads(f);
			current = path;
			List<DomContent> content = new ArrayList<>();
			content.add(h1("Golden threads"));
			content.add(p("Concerns to be woven through the whole course, not taught once."));
			for (GoldenThread t : f.getThreads()) {
				List<DomContent> c = new ArrayList<>();
				c.add(h2(text(nz(t.getTitle()) + " "), code(t.getName()).withClass("anchor-id")));
				if (t.isAcrossThemes()) {
					c.add(p(span("across themes").withClass("tag"), text(" To be related to every theme.")));
				}
				if (t.getAbout() != null) {
					c.add(p(t.getAbout()));
				}
				List<DomContent> expectations = new ArrayList<>();
				for (Expectation e : t.getExpectations()) {
					expectations.add(li(span(e.getAspect() == null ? "content" : e.getAspect().getLiteral()).withClass("tag"), text(" " + nz(e.getText()))));
				}
				if (!expectations.isEmpty()) {
					c.add(ul(expectations.toArray(DomContent[]::new)));
				}
				content.add(section(c.toArray(DomContent[]::new)).withId(SiteLinks.anchor(t)));
			}
			page(path, "Golden threads — " + nz(f.getTitle()),
					List.of(link("Documentation", "index.html"), link(nz(f.getTitle()), links.frameworkIndex(f))), content.toArray(DomContent[]::new));
		}

		private void assessment(Framework f) {
			String path = links.assessment(f);
			current = path;
			List<DomContent> content = new ArrayList<>();
			content.add(h1("Assessment"));
			if (!f.getOutcomes().isEmpty()) {
				content.add(h2("Key learning outcomes"));
				List<DomContent> items = new ArrayList<>();
				for (LearningOutcome o : f.getOutcomes()) {
					List<DomContent> parts = new ArrayList<>();
					parts.add(code(o.getName()).withClass("anchor-id"));
					parts.add(text(" " + nz(o.getText())));
					if (!o.getThemes().isEmpty()) {
						List<DomContent> themes = new ArrayList<>();
						themes.add(text(" Sums up: "));
						for (int i = 0; i < o.getThemes().size(); i++) {
							if (i > 0) {
								themes.add(text(", "));
							}
							themes.add(ref(o.getThemes().get(i)));
						}
						parts.add(span(themes.toArray(DomContent[]::new)).withClass("muted"));
					}
					items.add(li(parts.toArray(DomContent[]::new)).withId(SiteLinks.anchor(o)));
				}
				content.add(ul(items.toArray(DomContent[]::new)));
			}
			for (RequiredAssessment r : f.getAssessments()) {
				List<DomContent> c = new ArrayList<>();
				c.add(h2(text(nz(r.getTitle()) + " "), span(r.getStatus() == AssessmentStatus.ADVISORY ? "advisory" : "required").withClass("tag"),
						code(r.getName()).withClass("anchor-id")));
				for (String about : r.getAbout()) {
					c.add(p(about));
				}
				if (!r.getForms().isEmpty()) {
					c.add(h3("Allowed forms"));
					List<DomContent> forms = new ArrayList<>();
					for (AllowedForm form : r.getForms()) {
						forms.add(li(strong(form.getForm() == null ? "" : form.getForm().getLiteral()), text(form.getText() == null ? "" : ": " + form.getText())));
					}
					c.add(ul(forms.toArray(DomContent[]::new)));
				}
				if (!r.getElements().isEmpty()) {
					c.add(h3("Elements"));
					if (r.getIntro() != null) {
						c.add(p(r.getIntro()));
					}
					List<DomContent> elements = new ArrayList<>();
					for (AssessmentElement e : r.getElements()) {
						elements.add(li(text(nz(e.getText())), code(SiteLinks.anchor(e)).withClass("anchor-id")).withId(SiteLinks.anchor(e)));
					}
					c.add(ul(elements.toArray(DomContent[]::new)));
				}
				content.add(section(c.toArray(DomContent[]::new)).withId(SiteLinks.anchor(r)));
			}
			if (!f.getPathways().isEmpty()) {
				content.add(h2("Pathways"));
				for (Pathway pw : f.getPathways()) {
					List<DomContent> c = new ArrayList<>();
					c.add(h3(text(nz(pw.getTitle()) + " "), code(pw.getName()).withClass("anchor-id")));
					for (String about : pw.getAbout()) {
						c.add(p(about));
					}
					if (pw.isAssessmentAdvisory()) {
						c.add(p("Formal assessment is advisory on this pathway."));
					}
					if (!pw.getAdvised().isEmpty()) {
						List<DomContent> advised = new ArrayList<>();
						advised.add(text("Advised: "));
						for (RequiredAssessment r : pw.getAdvised()) {
							advised.add(ref(r));
							advised.add(text(" "));
						}
						c.add(p(advised.toArray(DomContent[]::new)));
					}
					content.add(section(c.toArray(DomContent[]::new)).withId(SiteLinks.anchor(pw)));
				}
			}
			page(path, "Assessment — " + nz(f.getTitle()),
					List.of(link("Documentation", "index.html"), link(nz(f.getTitle()), links.frameworkIndex(f))), content.toArray(DomContent[]::new));
		}

		private void appendix(Framework f, Appendix a) {
			String path = links.appendix(a);
			current = path;
			List<DomContent> content = new ArrayList<>();
			content.add(h1("Appendix " + a.getNumber() + ": " + nz(a.getTitle())));
			for (String about : a.getAbout()) {
				content.add(p(about));
			}
			if (!a.getSections().isEmpty()) {
				content.add(h2("Sections"));
				List<DomContent> items = new ArrayList<>();
				for (Section s : a.getSections()) {
					items.add(li(link(nz(s.getTitle()), links.section(s)), text(" — " + kindOf(s) + objectiveCount(s))));
				}
				content.add(ul(items.toArray(DomContent[]::new)));
			}
			if (!a.getResources().isEmpty()) {
				content.add(h2("Resources"));
				content.add(resources(a.getResources()));
			}
			page(path, "Appendix " + a.getNumber() + " — " + nz(f.getTitle()),
					List.of(link("Documentation", "index.html"), link(nz(f.getTitle()), links.frameworkIndex(f))), content.toArray(DomContent[]::new));
		}

		// ------------------------------------------------------------------ course handbook

		private void course(Course c) {
			String path = links.page(c);
			current = path;
			Framework f = resolved(c.getFramework());
			List<DomContent> content = new ArrayList<>();
			content.add(h1(nz(c.getTitle())));
			List<DomContent> meta = new ArrayList<>();
			meta.add(div(dt("Id"), dd(code(c.getName()))));
			if (c.getProvider() != null) {
				meta.add(div(dt("Provider"), dd(c.getProvider())));
			}
			meta.add(div(dt("Implements"), dd(f == null ? text("(framework not available)")
					: links.documented(f) ? link(nz(f.getTitle()) + " (version " + nz(f.getVersion()) + ")", links.frameworkIndex(f))
							: text(nz(f.getTitle())))));
			if (c.getPathway() != null) {
				meta.add(div(dt("Pathway"), dd(ref(c.getPathway()))));
			}
			if (c.getCredits() > 0) {
				meta.add(div(dt("Credits"), dd(String.valueOf(c.getCredits()))));
			}
			if (c.getLevel() > 0) {
				meta.add(div(dt("Level"), dd(String.valueOf(c.getLevel()))));
			}
			content.add(dl(meta.toArray(DomContent[]::new)).withClass("meta"));
			for (String about : c.getAbout()) {
				content.add(p(about));
			}
			// contents
			List<DomContent> toc = new ArrayList<>();
			for (Module m : c.getModules()) {
				toc.add(li(a(nz(m.getTitle())).withHref("#module-" + nz(m.getName()))));
			}
			if (!c.getAssessments().isEmpty()) {
				toc.add(li(a("Assessment").withHref("#assessment")));
			}
			content.add(nav(ul(toc.toArray(DomContent[]::new))).withClass("toc"));
			if (c.getDelivery() != null && !c.getDelivery().getPractices().isEmpty()) {
				List<DomContent> practices = new ArrayList<>();
				for (DeliveryPractice practice : c.getDelivery().getPractices()) {
					practices.add(li(bdi(nz(practice.getText())), refs(" Weaves: ", practice.getThreads())));
				}
				content.add(section(h2("How the course is delivered"), ul(practices.toArray(DomContent[]::new))).withId("delivery"));
			}
			for (Module m : c.getModules()) {
				content.add(module(m));
			}
			if (!c.getStudyDays().isEmpty()) {
				List<DomContent> days = new ArrayList<>();
				for (StudyDay d : c.getStudyDays()) {
					List<String> when = new ArrayList<>();
					if (d.isDateTbc()) {
						when.add("date to be confirmed");
					} else if (d.getDate() != null) {
						when.add(d.getDate());
					}
					if (d.isHoursTbc()) {
						when.add("hours to be confirmed");
					} else if (d.getHours() > 0) {
						when.add(hours(d.getHours()) + " h");
					}
					if (d.getModule() != null && !d.getModule().eIsProxy()) {
						when.add("for " + nz(d.getModule().getTitle()));
					}
					days.add(li("Study day " + d.getNumber() + ": " + nz(d.getTitle()) + (when.isEmpty() ? "" : " (" + String.join(", ", when) + ")")));
				}
				content.add(section(h2("Study days"), ul(days.toArray(DomContent[]::new))).withId("study-days"));
			}
			if (!c.getAssessments().isEmpty()) {
				content.add(assessments(c));
			}
			if (!c.getGaps().isEmpty()) {
				content.add(section(h2("Justified gaps"), gaps(c.getGaps())).withId("gaps"));
			}
			page(path, nz(c.getTitle()) + " — course handbook", List.of(link("Documentation", "index.html")), content.toArray(DomContent[]::new));
		}

		private DomContent module(Module m) {
			List<DomContent> c = new ArrayList<>();
			c.add(h2(bdi(nz(m.getTitle())), text(m.getCredits() > 0 ? " (" + m.getCredits() + " credits)" : "")));
			if (m.getAbout() != null) {
				c.add(p(m.getAbout()));
			}
			for (TeachingDay day : m.getDays()) {
				List<DomContent> d = new ArrayList<>();
				d.add(h3(text("Day " + day.getNumber() + ": "), bdi(nz(day.getTitle())), text(" "),
						span(text((day.getDate() == null ? "" : day.getDate()) + (day.getHours() > 0 ? " · " + hours(day.getHours()) + " h" : "")))
								.withClass("muted")));
				int index = 0;
				for (Session s : day.getSessions()) {
					index++;
					d.add(session(day, index, s));
				}
				c.add(section(d.toArray(DomContent[]::new)).withId("day-" + day.getNumber()));
			}
			return section(c.toArray(DomContent[]::new)).withId("module-" + nz(m.getName()));
		}

		private DomContent session(TeachingDay day, int index, Session s) {
			List<DomContent> c = new ArrayList<>();
			c.add(h4(text("D" + day.getNumber() + "." + index + " "), bdi(nz(s.getTitle())), text(" "),
					span(s.getFormat() == null ? "" : s.getFormat().getLiteral()).withClass("tag"),
					text(s.getHours() > 0 ? " " + hours(s.getHours()) + " h" : "")));
			if (!s.getCoverage().isEmpty()) {
				List<DomContent> covers = new ArrayList<>();
				for (Coverage cov : s.getCoverage()) {
					Item o = cov.getObjective();
					covers.add(li(ref(o), text(" " + (cov.getStrength() == null ? "covers" : cov.getStrength().getLiteral()) + ": "
							+ (o == null || o.eIsProxy() ? "" : nz(o.getText())))));
				}
				c.add(p(strong("Covers")));
				c.add(ul(covers.toArray(DomContent[]::new)));
			}
			if (!s.getThreads().isEmpty()) {
				c.add(refs("Weaves: ", s.getThreads()));
			}
			if (!s.getResources().isEmpty()) {
				c.add(refs("Uses: ", s.getResources()));
			}
			var session = div(c.toArray(DomContent[]::new)).withClass("session").withId("D" + day.getNumber() + "." + index);
			return session;
		}

		private DomContent refs(String label, List<? extends EObject> elements) {
			List<DomContent> parts = new ArrayList<>();
			parts.add(strong(label));
			for (int i = 0; i < elements.size(); i++) {
				if (i > 0) {
					parts.add(text(", "));
				}
				parts.add(ref(elements.get(i)));
			}
			return p(parts.toArray(DomContent[]::new));
		}

		private DomContent assessments(Course c) {
			List<DomContent> content = new ArrayList<>();
			content.add(h2("Assessment"));
			for (CourseAssessment a : c.getAssessments()) {
				List<DomContent> parts = new ArrayList<>();
				StringBuilder facts = new StringBuilder(a.getForm() == null ? "" : a.getForm().getLiteral());
				if (a.getWords() > 0) {
					facts.append(", ").append(a.getWords()).append(" words");
				}
				if (a.getMinutes() > 0) {
					facts.append(", ").append(a.getMinutes()).append(" minutes");
				}
				facts.append(a.isFormative() ? ", formative (not assessed)" : a.getWeight() > 0 ? ", " + a.getWeight() + "% of the mark" : "");
				parts.add(h3(bdi(nz(a.getTitle())), text(" "), span(facts.toString()).withClass("muted")));
				if (a.getAbout() != null) {
					parts.add(p(a.getAbout()));
				}
				if (a.getFulfils() != null) {
					parts.add(p(strong("Fulfils: "), ref(a.getFulfils())));
				}
				if (!a.getOutcomes().isEmpty()) {
					parts.add(refs("Assesses: ", a.getOutcomes()));
				}
				if (!a.getElements().isEmpty()) {
					parts.add(refs("Addresses: ", a.getElements()));
				}
				if (!a.getObjectives().isEmpty()) {
					parts.add(refs("Reaches: ", a.getObjectives()));
				}
				content.add(section(parts.toArray(DomContent[]::new)).withId("assessment-" + nz(a.getName())));
			}
			return section(content.toArray(DomContent[]::new)).withId("assessment");
		}

		private DomContent gaps(List<JustifiedGap> gaps) {
			List<DomContent> items = new ArrayList<>();
			for (JustifiedGap g : gaps) {
				items.add(li(ref(g.getElement()), text(": " + nz(g.getReason()))));
			}
			return ul(items.toArray(DomContent[]::new));
		}

		// ------------------------------------------------------------------ plan

		private void plan(LocalPlan pl) {
			String path = links.page(pl);
			current = path;
			Framework f = resolved(pl.getFramework());
			List<DomContent> content = new ArrayList<>();
			content.add(h1(nz(pl.getTitle())));
			List<DomContent> meta = new ArrayList<>();
			meta.add(div(dt("Id"), dd(code(pl.getName()))));
			if (pl.getOrganisation() != null) {
				meta.add(div(dt("Organisation"), dd(pl.getOrganisation())));
			}
			meta.add(div(dt("Implements"), dd(f == null ? text("(framework not available)") : link(nz(f.getTitle()), links.frameworkIndex(f)))));
			if (pl.getPeriod() != null) {
				meta.add(div(dt("Period"), dd(pl.getPeriod())));
			}
			content.add(dl(meta.toArray(DomContent[]::new)).withClass("meta"));
			for (String about : pl.getAbout()) {
				content.add(p(about));
			}
			List<DomContent> rows = new ArrayList<>();
			for (PlanAction action : pl.getActions()) {
				List<DomContent> addresses = new ArrayList<>();
				for (int i = 0; i < action.getAddresses().size(); i++) {
					if (i > 0) {
						addresses.add(text(", "));
					}
					addresses.add(ref(action.getAddresses().get(i)));
				}
				rows.add(tr(td(code(nz(action.getName()))), td(nz(action.getText())), td(addresses.toArray(DomContent[]::new)),
						td(nz(action.getOwner())), td(nz(action.getDue())), td(action.getStatus() == null ? "" : action.getStatus().getLiteral())));
			}
			content.add(h2("Actions"));
			content.add(table(thead(tr(th("Action"), th("What"), th("Addresses"), th("Owner"), th("Due"), th("Status"))),
					tbody(rows.toArray(DomContent[]::new))));
			if (!pl.getGaps().isEmpty()) {
				content.add(h2("Justified gaps"));
				content.add(gaps(pl.getGaps()));
			}
			page(path, nz(pl.getTitle()) + " — local plan", List.of(link("Documentation", "index.html")), content.toArray(DomContent[]::new));
		}

		// ------------------------------------------------------------------ helpers

		private static String sectionsHeading(Framework f) {
			if (f.getSections().isEmpty()) {
				return "Sections";
			}
			return switch (f.getSections().get(0).getKind()) {
				case THEME -> "Themes";
				case RECOMMENDATION -> "Recommendations";
				case STEP -> "Steps";
				case AREA -> "Action areas";
			};
		}

		private static String itemsHeading(Section s) {
			Set<String> kinds = new LinkedHashSet<>();
			for (Item i : s.getItems()) {
				kinds.add(i.getKind() == null ? "item" : Labels.itemKind(i.getKind()));
			}
			if (kinds.size() == 1) {
				String k = kinds.iterator().next();
				return Character.toUpperCase(k.charAt(0)) + k.substring(1) + "s";
			}
			return "Requirements";
		}

		private static String kindOf(Section s) {
			return Labels.kindOf(s);
		}

		private static String objectiveCount(Section s) {
			int n = countItems(s.getItems());
			return n == 0 ? "" : ", " + n + " item" + (n == 1 ? "" : "s");
		}

		private static int countItems(List<Item> items) {
			int n = 0;
			for (Item i : items) {
				n += i.getChildren().isEmpty() ? 1 : countItems(i.getChildren());
			}
			return n;
		}

		private static String titleOf(EObject e) {
			if (e instanceof Item i) {
				return nz(i.getText());
			} else if (e instanceof Section s) {
				return nz(s.getTitle());
			} else if (e instanceof GoldenThread t) {
				return nz(t.getTitle());
			} else if (e instanceof LearningOutcome o) {
				return nz(o.getText());
			} else if (e instanceof RequiredAssessment r) {
				return nz(r.getTitle());
			} else if (e instanceof AssessmentElement el) {
				return nz(el.getText());
			} else if (e instanceof Pathway pw) {
				return nz(pw.getTitle());
			} else if (e instanceof Resource r) {
				return nz(r.getTitle());
			} else if (e instanceof ContentIdea ci) {
				return nz(ci.getText());
			}
			return "";
		}

		private static String hours(double h) {
			return h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h);
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
