package org.goldthread.cli.lsp;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.goldthread.lang.ide.highlighting.GoldthreadSemanticTokens;
import org.goldthread.conformance.FindingMapper;
import org.goldthread.lang.ide.quickfix.DiagnosticData;

import com.google.gson.JsonObject;

/**
 * Xtext's language server with what Goldthread's users see in their editors: diagnostics that
 * name their rule ({@code code}, {@code source: "goldthread"}, a link to the rule's documentation
 * and the fix hint in the message and in {@code data}), semantic tokens with Goldthread's own
 * legend ({@link GoldthreadSemanticTokens}), folding, code actions (bound in the language's IDE
 * module), {@code serverInfo}, and the shipped frameworks kept read-only: rename and formatting
 * refuse to edit them.
 */
public class GoldthreadLanguageServer extends LanguageServerImpl {

	/**
	 * A request no language extension handles is answered as LSP says (-32601, method not found),
	 * with one line, not Xtext's "internal error" (-32603) and a Java stack trace.
	 */
	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		try {
			return super.request(method, parameter);
		} catch (UnsupportedOperationException e) {
			return CompletableFuture.failedFuture(new ResponseErrorException(
					new ResponseError(ResponseErrorCode.MethodNotFound, "Unsupported request method: " + method, null)));
		}
	}

	/** A notification no language extension handles is ignored, as LSP asks for unknown notifications. */
	@Override
	public void notify(String method, Object parameter) {
		try {
			super.notify(method, parameter);
		} catch (UnsupportedOperationException e) {
			// ignored: notifications have no answer
		}
	}

	public static final String SOURCE = "goldthread";


	private final RuleDocs ruleDocs = RuleDocs.fromSystemProperties();

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		return super.initialize(params).thenApply(result -> {
			result.setServerInfo(new ServerInfo("goldthread", version()));
			return result;
		});
	}

	/** The version of this build ({@code 0.1.0-SNAPSHOT} style), or "development" when run from classes. */
	public static String version() {
		String v = GoldthreadLanguageServer.class.getPackage().getImplementationVersion();
		return v == null ? "development" : v;
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		SemanticTokensWithRegistrationOptions tokens = new SemanticTokensWithRegistrationOptions(
				new SemanticTokensLegend(GoldthreadSemanticTokens.TOKEN_TYPES, GoldthreadSemanticTokens.TOKEN_MODIFIERS));
		tokens.setFull(true);
		tokens.setRange(false);
		capabilities.setSemanticTokensProvider(tokens);
		// Xtext advertises folding only to clients that announce folding support; some ask without announcing
		capabilities.setFoldingRangeProvider(true);
		CodeActionOptions codeActions = new CodeActionOptions(List.of(CodeActionKind.QuickFix));
		capabilities.setCodeActionProvider(codeActions);
		return capabilities;
	}

	// ------------------------------------------------------------------ diagnostics

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		// the issues are the check session's findings (SessionResourceValidator): one mapping for every front end
		String ruleId = FindingMapper.ruleId(issue);
		diagnostic.setSource(SOURCE);
		diagnostic.setCode(ruleId);
		String href = ruleDocs.href(ruleId);
		if (href != null) {
			diagnostic.setCodeDescription(new DiagnosticCodeDescription(href));
		}
		String[] data = issue.getData();
		String element = FindingMapper.frameworkElementId(data);
		String hint = FindingMapper.fixHint(data);
		JsonObject json = new JsonObject();
		json.addProperty(DiagnosticData.RULE_ID, ruleId);
		if (element != null) {
			json.addProperty(DiagnosticData.ELEMENT_ID, element);
		}
		if (hint != null) {
			json.addProperty(DiagnosticData.FIX_HINT, hint);
			// clients show the message and nothing else of a diagnostic
			diagnostic.setMessage(issue.getMessage() + "\nFix: " + hint);
		}
		diagnostic.setData(json);
		return diagnostic;
	}

	// ------------------------------------------------------------------ semantic tokens

	@Override
	protected SemanticTokens semanticTokensFull(SemanticTokensParams params, CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		GoldthreadSemanticTokens tokens = getService(uri, GoldthreadSemanticTokens.class);
		if (tokens == null) {
			return new SemanticTokens(List.of());
		}
		return getWorkspaceManager().doRead(uri, (document, resource) -> tokens.compute(document, resource, cancelIndicator));
	}

	// ------------------------------------------------------------------ the shipped frameworks are read-only

	@Override
	protected WorkspaceEdit rename(RenameParams params, CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		if (isShipped(uri)) {
			throw readOnly("Cannot rename in " + uri.lastSegment() + ": it is Goldthread's read-only copy of a shipped framework.");
		}
		refuseShippedTarget(uri, params.getPosition(), params.getNewName());
		WorkspaceEdit edit = super.rename(params, cancelIndicator);
		if (edit != null) {
			for (String target : editedUris(edit)) {
				if (isShipped(URI.createURI(target))) {
					throw readOnly("Cannot rename to '" + params.getNewName() + "': the element is declared in the shipped framework "
							+ URI.createURI(target).lastSegment()
							+ ", which is read-only (courses implement it as published). Rename only what your own files declare.");
				}
			}
		}
		return edit;
	}

	@Override
	protected Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameParams params,
			CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		if (isShipped(uri)) {
			throw readOnly("Cannot rename in " + uri.lastSegment() + ": it is Goldthread's read-only copy of a shipped framework.");
		}
		refuseShippedTarget(uri, params.getPosition(), null);
		return super.prepareRename(params, cancelIndicator);
	}

	/** Refuses to rename the element at a position (a declaration or a reference) when a shipped framework declares it. */
	private void refuseShippedTarget(URI uri, Position position, String newName) {
		EObjectAtOffsetHelper helper = getService(uri, EObjectAtOffsetHelper.class);
		if (helper == null) {
			return;
		}
		URI declaredIn = getWorkspaceManager().doRead(uri, (document, resource) -> {
			try {
				EObject element = helper.resolveElementAt(resource, document.getOffSet(position));
				return element == null || element.eResource() == null ? null : element.eResource().getURI();
			} catch (IndexOutOfBoundsException e) {
				return null;
			}
		});
		if (declaredIn != null && isShipped(declaredIn)) {
			throw readOnly("Cannot rename " + (newName == null ? "this" : "to '" + newName + "'") + ": the element is declared in the shipped framework "
					+ declaredIn.lastSegment() + ", which is read-only (courses implement it as published). Rename only what your own files declare.");
		}
	}

	@Override
	protected List<? extends TextEdit> formatting(DocumentFormattingParams params, CancelIndicator cancelIndicator) {
		refuseFormattingShipped(getURI(params.getTextDocument()));
		return super.formatting(params, cancelIndicator);
	}

	@Override
	protected List<? extends TextEdit> rangeFormatting(DocumentRangeFormattingParams params, CancelIndicator cancelIndicator) {
		refuseFormattingShipped(getURI(params.getTextDocument()));
		return super.rangeFormatting(params, cancelIndicator);
	}

	/** Goldthread's copy of a shipped framework is read-only: formatting it is refused with a message. */
	private void refuseFormattingShipped(URI uri) {
		if (isShipped(uri)) {
			throw readOnly("Not formatting " + uri.lastSegment() + ": it is Goldthread's read-only copy of a shipped framework.");
		}
	}

	static boolean isShipped(URI uri) {
		URI shipped = ShippedFrameworksWorkspaceConfigFactory.shippedFolder();
		return uri != null && shipped != null && uri.toString().startsWith(shipped.toString());
	}

	private static List<String> editedUris(WorkspaceEdit edit) {
		List<String> uris = new ArrayList<>();
		Map<String, List<TextEdit>> changes = edit.getChanges();
		if (changes != null) {
			uris.addAll(changes.keySet());
		}
		if (edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ResourceOperation> change : edit.getDocumentChanges()) {
				if (change.isLeft()) {
					uris.add(change.getLeft().getTextDocument().getUri());
				}
			}
		}
		return uris.stream().map(u -> {
			URI canonical = CANONICAL.canonical(u);
			return canonical == null ? u : canonical.toString();
		}).toList();
	}

	/** For comparisons only (it records no client spellings that matter). */
	private static final CanonicalUris CANONICAL = new CanonicalUris();

	/** Refuses a request with a clear message: as the request's error and in a message box the user sees. */
	private ResponseErrorException readOnly(String message) {
		if (getLanguageClient() != null) {
			getLanguageClient().showMessage(new MessageParams(MessageType.Warning, message));
		}
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, message, null));
	}
}
