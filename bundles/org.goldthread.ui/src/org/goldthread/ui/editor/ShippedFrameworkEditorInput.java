package org.goldthread.ui.editor;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;
import org.goldthread.curricula.ShippedFrameworks;
import org.goldthread.ui.GoldthreadImages;
import org.goldthread.ui.GoldthreadUiPlugin;

/** A shipped curriculum or framework (bundle org.goldthread.curricula), opened read-only in the editor. */
public final class ShippedFrameworkEditorInput implements IStorageEditorInput {

	private final String name;

	public ShippedFrameworkEditorInput(String name) {
		this.name = name;
	}

	public String getFileName() {
		return name;
	}

	@Override
	public IStorage getStorage() {
		return new IStorage() {
			@Override
			public InputStream getContents() throws CoreException {
				try {
					return ShippedFrameworks.open(name);
				} catch (IOException e) {
					throw new CoreException(new Status(IStatus.ERROR, GoldthreadUiPlugin.ID, e.getMessage(), e));
				}
			}

			@Override
			public IPath getFullPath() {
				return IPath.fromOSString("goldthread-shipped/" + name);
			}

			@Override
			public String getName() {
				return name;
			}

			@Override
			public boolean isReadOnly() {
				return true;
			}

			@Override
			public <T> T getAdapter(Class<T> adapter) {
				return null;
			}
		};
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return GoldthreadUiPlugin.imageDescriptor(name.endsWith(".curriculum") ? GoldthreadImages.CURRICULUM : GoldthreadImages.FRAMEWORK);
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return name + " (shipped with Goldthread, read-only)";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ShippedFrameworkEditorInput other && other.name.equals(name);
	}

	@Override
	public int hashCode() {
		return name.hashCode();
	}
}
