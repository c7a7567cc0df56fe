package org.goldthread.cli.lsp;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;

/**
 * Refuses an edit whose range lies outside the document the server holds (a client out of step, or a hostile one)
 * with one line on stderr, instead of Xtext's exception that prints the whole document and a stack trace. The
 * document keeps its text from before the refused edit; the client's next full-text change brings them back in step.
 */
public class GuardedWorkspaceManager extends WorkspaceManager {

	@Override
	public BuildManager.Buildable didChangeTextDocumentContent(URI uri, Integer version, Iterable<TextDocumentContentChangeEvent> changes) {
		Document document = getOpenDocuments().get(uri);
		if (document != null) {
			String problem = outOfRange(document.getContents(), changes);
			if (problem != null) {
				System.err.println("goldthread: ignored an edit of " + uri.lastSegment() + " (version " + version + "): " + problem
						+ "; the client and the server disagree on the text, send the whole text to bring them back in step");
				return cancelIndicator -> List.of();
			}
		}
		return super.didChangeTextDocumentContent(uri, version, changes);
	}

	/** Why the ranged changes, applied in order, leave the text (one line), or null when each range lies inside it. */
	static String outOfRange(String text, Iterable<TextDocumentContentChangeEvent> changes) {
		int lines = lineCount(text);
		for (TextDocumentContentChangeEvent change : changes) {
			if (change.getRange() == null) {
				lines = lineCount(change.getText());
				continue;
			}
			for (Position p : List.of(change.getRange().getStart(), change.getRange().getEnd())) {
				if (p.getLine() < 0 || p.getCharacter() < 0 || p.getLine() >= lines) {
					return "position " + p.getLine() + ":" + p.getCharacter() + " is outside the document of " + lines + " lines";
				}
			}
			// a range inside the text: its own length check is Xtext's; count the lines the edit adds or removes
			lines += lineCount(change.getText()) - 1 - (change.getRange().getEnd().getLine() - change.getRange().getStart().getLine());
		}
		return null;
	}

	private static int lineCount(String text) {
		int lines = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
				lines++;
			}
		}
		return lines;
	}
}
