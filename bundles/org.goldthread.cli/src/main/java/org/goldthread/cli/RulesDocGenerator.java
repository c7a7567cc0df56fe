package org.goldthread.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.goldthread.conformance.RuleCatalogueMarkdown;

/** Build step: writes docs/rules.md from the rule catalogue, only when it changed (so git stays clean). */
public final class RulesDocGenerator {

	private RulesDocGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Path target = Path.of(args[0]);
		String markdown = RuleCatalogueMarkdown.render();
		if (Files.exists(target) && Files.readString(target, StandardCharsets.UTF_8).equals(markdown)) {
			return;
		}
		Files.createDirectories(target.getParent());
		Path tmp = Files.createTempFile(target.getParent(), ".rules", ".md");
		Files.writeString(tmp, markdown, StandardCharsets.UTF_8);
		Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		System.out.println("Wrote " + target);
	}
}
