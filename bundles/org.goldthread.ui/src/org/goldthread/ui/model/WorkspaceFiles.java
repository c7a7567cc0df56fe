package org.goldthread.ui.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;

/** Goldthread files in the workspace: finding them, their URIs, their text (open editor buffer or disk). */
public final class WorkspaceFiles {

	private WorkspaceFiles() {
	}

	public static URI uriOf(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** The workspace file of a platform:/resource URI, or null. */
	public static IFile fileOf(URI uri) {
		if (uri == null || !uri.isPlatformResource()) {
			return null;
		}
		IPath path = IPath.fromOSString(uri.toPlatformString(true));
		return path.segmentCount() < 2 ? null : ResourcesPlugin.getWorkspace().getRoot().getFile(path);
	}

	/** The workspace file behind a document open in an editor, or null. */
	public static IFile fileOf(IDocument document) {
		if (document == null) {
			return null;
		}
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null || buffer.getLocation().segmentCount() < 2) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
	}

	/** The Goldthread files of a project (derived folders such as target/ and bin/ excluded), in path order. */
	public static List<IFile> goldthreadFiles(IProject project) {
		List<IFile> result = new ArrayList<>();
		if (project == null || !project.isAccessible()) {
			return result;
		}
		try {
			project.accept(proxy -> {
				if (proxy.isDerived() || proxy.isTeamPrivateMember() || proxy.isHidden()) {
					return false;
				}
				if (proxy.getType() == IResource.FILE) {
					IResource resource = proxy.requestResource();
					if (GoldthreadLanguage.isGoldthreadFile(resource)) {
						result.add((IFile) resource);
					}
					return false;
				}
				return true;
			}, IResource.NONE);
		} catch (CoreException e) {
			// closed meanwhile
		}
		result.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
		return result;
	}

	/** The open editor buffer's document of a file, or null when no editor (or other client) has it open. */
	public static IDocument openDocument(IFile file) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		return buffer == null ? null : buffer.getDocument();
	}

	/** The saved contents of a file; empty when it cannot be read. */
	public static String savedText(IFile file) {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), charset(file));
		} catch (IOException | CoreException e) {
			return "";
		}
	}

	private static java.nio.charset.Charset charset(IFile file) {
		try {
			return java.nio.charset.Charset.forName(file.getCharset());
		} catch (CoreException | RuntimeException e) {
			return StandardCharsets.UTF_8;
		}
	}
}
