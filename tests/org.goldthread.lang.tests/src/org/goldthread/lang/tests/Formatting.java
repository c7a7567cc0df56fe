package org.goldthread.lang.tests;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

/** Applies the formatter to a parsed resource and returns the formatted text. */
final class Formatting {

	private Formatting() {
	}

	static String format(XtextResource resource, IFormatter2 formatter, FormatterRequest request, TextRegionAccessBuilder builder) {
		ITextRegionAccess access = builder.forNodeModel(resource).create();
		request.setTextRegionAccess(access);
		request.setAllowIdentityEdits(false);
		java.util.List<ITextReplacement> replacements = formatter.format(request);
		return access.getRewriter().renderToString(replacements);
	}
}
