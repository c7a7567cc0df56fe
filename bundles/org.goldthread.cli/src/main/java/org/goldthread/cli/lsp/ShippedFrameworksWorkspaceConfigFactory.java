package org.goldthread.cli.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.MultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.ISourceFolder;
import org.eclipse.xtext.workspace.IWorkspaceConfig;
import org.eclipse.xtext.workspace.WorkspaceConfig;
import org.goldthread.curricula.ShippedFrameworks;

/**
 * Every workspace folder becomes a project whose sources are the folder itself and the shipped
 * frameworks, so that a folder holding only courses still links to the curriculum they implement.
 * The shipped frameworks are copied once into a cache folder named after their content (they live
 * inside a jar, and the server reads files), and made read-only there; the user's workspace is
 * never written to. Folder URIs are canonical (see {@link org.goldthread.cli.lsp.CanonicalUris},
 * the server's UriExtensions): with a trailing slash, however the client spelt them.
 */
public class ShippedFrameworksWorkspaceConfigFactory extends MultiRootWorkspaceConfigFactory {

	@Override
	protected void addProjectsForWorkspaceFolder(WorkspaceConfig config, WorkspaceFolder folder, Set<String> names) {
		if (folder == null || folder.getUri() == null) {
			return;
		}
		URI root = getUriExtensions().toUri(folder.getUri());
		if (!root.hasTrailingPathSeparator()) {
			root = root.appendSegment(""); // Xtext's prefix test needs it: file:///ws/ contains file:///ws/a.course
		}
		String name = getUniqueProjectName(folder.getName() == null ? root.lastSegment() : folder.getName(), names);
		config.addProject(new Project(name, root, config, shippedFolder()));
	}

	private static volatile URI shipped;
	private static volatile boolean shippedKnown;

	/** The cache folder holding the shipped frameworks, or null if it cannot be made (then only the workspace is seen). */
	public static URI shippedFolder() {
		if (!shippedKnown) {
			synchronized (ShippedFrameworksWorkspaceConfigFactory.class) {
				if (!shippedKnown) {
					shipped = makeShippedFolder();
					shippedKnown = true;
				}
			}
		}
		return shipped;
	}

	private static URI makeShippedFolder() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String name : ShippedFrameworks.names()) {
				try (InputStream in = ShippedFrameworks.open(name)) {
					digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
					digest.update(in.readAllBytes());
				}
			}
			String cache = System.getenv("XDG_CACHE_HOME");
			Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
			Path dir = base.resolve("goldthread/frameworks/" + HexFormat.of().formatHex(digest.digest()).substring(0, 16));
			if (!Files.isDirectory(dir)) {
				Path tmp = Files.createTempDirectory(Files.createDirectories(dir.getParent()), ".frameworks");
				for (String name : ShippedFrameworks.names()) {
					try (InputStream in = ShippedFrameworks.open(name)) {
						Files.copy(in, tmp.resolve(name));
					}
				}
				try {
					Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
				} catch (IOException raced) {
					// another server made it first: use theirs
				}
			}
			// read-only on disk too, so that editors open the copies read-only (the server refuses to rename or format them)
			for (String name : ShippedFrameworks.names()) {
				dir.resolve(name).toFile().setWritable(false, false);
			}
			String uri = dir.toRealPath().toUri().toString();
			return URI.createURI(uri.endsWith("/") ? uri : uri + "/");
		} catch (IOException | NoSuchAlgorithmException e) {
			return null;
		}
	}

	record Folder(String name, URI path) implements ISourceFolder {
		@Override
		public String getName() {
			return name;
		}

		@Override
		public URI getPath() {
			return path;
		}
	}

	static final class Project implements IProjectConfig {
		private final String name;
		private final URI root;
		private final IWorkspaceConfig workspace;
		private final Set<ISourceFolder> folders = new LinkedHashSet<>();

		Project(String name, URI root, IWorkspaceConfig workspace, URI shipped) {
			this.name = name;
			this.root = root;
			this.workspace = workspace;
			folders.add(new Folder(".", root));
			if (shipped != null) {
				folders.add(new Folder("goldthread-shipped-frameworks", shipped));
			}
		}

		@Override
		public String getName() {
			return name;
		}

		@Override
		public URI getPath() {
			return root;
		}

		@Override
		public Set<? extends ISourceFolder> getSourceFolders() {
			return folders;
		}

		@Override
		public ISourceFolder findSourceFolderContaining(URI member) {
			for (ISourceFolder folder : folders) {
				if (folder.contains(member)) {
					return folder;
				}
			}
			return null;
		}

		@Override
		public IWorkspaceConfig getWorkspaceConfig() {
			return workspace;
		}
	}
}
