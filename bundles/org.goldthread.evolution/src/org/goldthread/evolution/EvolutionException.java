package org.goldthread.evolution;

/** A problem with the user's input that stops an evolution command (a missing version, a file that does not parse). */
public class EvolutionException extends Exception {

	private static final long serialVersionUID = 1L;

	public EvolutionException(String message) {
		super(message);
	}
}
