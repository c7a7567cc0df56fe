package org.goldthread.ui.wizards;

import java.util.ArrayList;
import java.util.List;

import org.goldthread.model.AssessmentElement;
import org.goldthread.model.AssessmentStatus;
import org.goldthread.model.DeliveryRequirement;
import org.goldthread.model.Expectation;
import org.goldthread.model.ExpectationAspect;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.RequiredAssessment;
import org.goldthread.model.support.Ids;

/**
 * The text of a new course implementing a framework: its header, a delivery block for the threads
 * the framework expects in delivery, the teaching days the framework asks for (in modules of four
 * days, each with a first session to fill in), the study days, and the required assessments. It
 * checks with findings that say what to write next (objectives to cover, threads to weave).
 */
public final class CourseSkeleton {

	private CourseSkeleton() {
	}

	public static String text(Framework framework, String id, String title, String provider, String pathway) {
		StringBuilder sb = new StringBuilder();
		sb.append("course ").append(id).append(" \"").append(escape(title)).append("\"\n");
		if (provider != null && !provider.isBlank()) {
			sb.append("\tprovider \"").append(escape(provider)).append("\"\n");
		}
		sb.append("\timplements ").append(framework.getName());
		if (framework.getVersion() != null) {
			sb.append(" version \"").append(framework.getVersion()).append('"');
		}
		sb.append('\n');
		if (pathway != null && !pathway.isBlank()) {
			sb.append("\tpathway ").append(pathway).append('\n');
		}
		List<String> deliveryThreads = new ArrayList<>();
		List<String> assessmentThreads = new ArrayList<>();
		for (GoldenThread thread : framework.getThreads()) {
			for (Expectation expectation : thread.getExpectations()) {
				if (expectation.getAspect() == ExpectationAspect.DELIVERY && !deliveryThreads.contains(thread.getName())) {
					deliveryThreads.add(thread.getName());
				}
				if (expectation.getAspect() == ExpectationAspect.ASSESSMENT && !assessmentThreads.contains(thread.getName())) {
					assessmentThreads.add(thread.getName());
				}
			}
		}
		if (!deliveryThreads.isEmpty()) {
			sb.append("\ndelivery {\n\tpractice \"How the course is delivered: describe it here\" weaves ")
					.append(String.join(", ", deliveryThreads)).append("\n}\n");
		}
		DeliveryRequirement delivery = framework.getDelivery();
		int teachingDays = delivery != null && delivery.getTeachingDays() > 0 ? delivery.getTeachingDays() : 1;
		int studyDays = delivery != null ? delivery.getStudyDays() : 0;
		int day = 0;
		int module = 0;
		while (day < teachingDays) {
			module++;
			sb.append("\nmodule m").append(module).append(" \"Module ").append(module).append("\" {\n");
			for (int i = 0; i < 4 && day < teachingDays; i++) {
				day++;
				sb.append("\tday ").append(day).append(" \"Day ").append(day).append("\" {\n");
				sb.append("\t\tsession \"First session of day ").append(day).append("\" lecture 2h\n");
				sb.append("\t}\n");
			}
			sb.append("}\n");
		}
		if (studyDays > 0) {
			sb.append('\n');
			for (int i = 1; i <= studyDays; i++) {
				sb.append("study day ").append(i).append(" \"Study day ").append(i).append("\"\n");
			}
		}
		for (RequiredAssessment required : framework.getAssessments()) {
			if (required.getStatus() != AssessmentStatus.REQUIRED) {
				continue;
			}
			String form = required.getForms().isEmpty() ? "written-report" : required.getForms().get(0).getForm().getLiteral();
			sb.append("\nassessment ").append(required.getName()).append(" \"").append(escape(required.getTitle())).append("\" fulfils ")
					.append(required.getName()).append(" form ").append(form);
			List<String> elements = new ArrayList<>();
			for (AssessmentElement element : required.getElements()) {
				elements.add(Ids.relativeId(element));
			}
			List<String> body = new ArrayList<>();
			if (!elements.isEmpty()) {
				body.add("\taddresses " + String.join(", ", elements));
			}
			if (!assessmentThreads.isEmpty()) {
				// the threads the framework expects assessments to examine, on the first assessment to start with
				body.add("\tweaves " + String.join(", ", assessmentThreads));
				assessmentThreads.clear();
			}
			if (!body.isEmpty()) {
				sb.append(" {\n").append(String.join("\n", body)).append("\n}");
			}
			sb.append('\n');
		}
		return sb.toString();
	}

	private static String escape(String s) {
		return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
