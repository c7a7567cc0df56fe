package org.goldthread.studio;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

/** The first-run welcome: what Studio is for, and an offer to import the example project. */
public class WelcomeDialog extends MessageDialog {

	public static final String TITLE = "Welcome to Goldthread Studio";
	public static final String IMPORT_LABEL = "&Import Example Project";
	public static final int IMPORT = 0;

	private Image logo;

	public WelcomeDialog(Shell parent) {
		super(parent, TITLE, null,
				"Goldthread Studio is where curricula, workforce frameworks and HEI courses are written, "
						+ "and where each course is checked against the curriculum it implements, "
						+ "such as NHS England's CYP MH Leadership curriculum, which ships with it.\n\n"
						+ "The example project has a course that conforms, a course with gaps, a CPD course "
						+ "and a local workforce plan. Their findings appear in the Problems view "
						+ "and what each course covers appears in the Coverage view.\n\n"
						+ "You can import the examples later from Help > Import Goldthread Example Project.",
				MessageDialog.NONE, IMPORT, IMPORT_LABEL, "Start with an &Empty Workspace");
	}

	@Override
	public Image getImage() {
		if (logo == null) {
			logo = ImageDescriptor.createFromURL(FrameworkUtil.getBundle(WelcomeDialog.class).getEntry("icons/goldthread64.png")).createImage(false);
		}
		return logo;
	}

	@Override
	public boolean close() {
		boolean closed = super.close();
		if (closed && logo != null) {
			logo.dispose();
			logo = null;
		}
		return closed;
	}
}
