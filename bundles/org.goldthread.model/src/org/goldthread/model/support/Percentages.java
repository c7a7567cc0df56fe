package org.goldthread.model.support;

/** Percentages as every message and report shows them. */
public final class Percentages {

	private Percentages() {
	}

	/**
	 * {@code part} of {@code total} in whole percent, rounded half up (4 of 6 is 67%, 1 of 8 is 13%);
	 * 100 when there is nothing to count. A share that is not complete never shows as 100%, and one
	 * that is not nothing never shows as 0% (199 of 200 is 99%, 1 of 300 is 1%).
	 */
	public static int of(int part, int total) {
		if (total <= 0) {
			return 100;
		}
		int percent = (int) ((part * 200L + total) / (2L * total)); // floor(part * 100 / total + 1/2), exactly
		if (part < total && percent >= 100) {
			return 99;
		}
		if (part > 0 && percent <= 0) {
			return 1;
		}
		return percent;
	}
}
