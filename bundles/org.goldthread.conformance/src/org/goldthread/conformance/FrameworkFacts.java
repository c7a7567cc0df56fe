package org.goldthread.conformance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.goldthread.model.Framework;
import org.goldthread.model.Item;
import org.goldthread.model.ItemKind;
import org.goldthread.model.Section;
import org.goldthread.model.SectionKind;
import org.goldthread.model.support.Ids;

/**
 * What the rules need to know about a framework: its themes, learning objectives and their ids.
 * Gathered once per framework and shared by every course checked against it (a review checks many
 * courses against one curriculum), and gathered again after the framework changes (in the editor).
 */
public final class FrameworkFacts {

	/** Dropped with the framework resource's other cached values on any change to it. */
	private static final OnChangeEvictingCache CACHE = new OnChangeEvictingCache();
	private static final String KEY = FrameworkFacts.class.getName();

	/** Themes (top-level and in appendices) in framework order. */
	public final List<Section> themes;
	/** The themes at the top level (not in appendices). */
	public final List<Section> mainThemes;
	/** Every learning objective of every theme, parents before their children, in framework order. */
	public final List<Item> objectives;
	/** The theme of each objective. */
	public final Map<Item, Section> themeOf;
	/** Ids of the objectives and assessment elements, which every course's report names. */
	private final Map<EObject, String> ids = new HashMap<>();

	/** The facts of {@code framework}, from the cache of its resource when it has one. */
	public static FrameworkFacts of(Framework framework) {
		return framework.eResource() == null ? new FrameworkFacts(framework)
				: CACHE.get(KEY, framework.eResource(), () -> new FrameworkFacts(framework));
	}

	private FrameworkFacts(Framework framework) {
		List<Section> all = new ArrayList<>();
		List<Section> main = new ArrayList<>();
		List<Item> items = new ArrayList<>();
		Map<Item, Section> themes = new HashMap<>();
		List<Section> sections = new ArrayList<>(framework.getSections());
		framework.getAppendices().forEach(a -> sections.addAll(a.getSections()));
		for (Section section : sections) {
			if (section.getKind() == SectionKind.THEME) {
				all.add(section);
				if (section.eContainer() == framework) {
					main.add(section);
				}
				collectObjectives(section, section.getItems(), items, themes);
			}
		}
		for (Item objective : items) {
			ids.put(objective, Ids.relativeId(objective));
		}
		framework.getAssessments().forEach(a -> a.getElements().forEach(e -> ids.put(e, Ids.relativeId(e))));
		this.themes = Collections.unmodifiableList(all);
		this.mainThemes = Collections.unmodifiableList(main);
		this.objectives = Collections.unmodifiableList(items);
		this.themeOf = Collections.unmodifiableMap(themes);
	}

	private static void collectObjectives(Section theme, List<Item> items, List<Item> objectives, Map<Item, Section> themeOf) {
		for (Item item : items) {
			if (item.getKind() == ItemKind.OBJECTIVE) {
				objectives.add(item);
				themeOf.put(item, theme);
			}
			collectObjectives(theme, item.getChildren(), objectives, themeOf);
		}
	}

	/** The element's id relative to its document ({@code inclusion.concepts.equity}). */
	public String id(EObject element) {
		String id = ids.get(element);
		return id != null ? id : Ids.relativeId(element);
	}
}
