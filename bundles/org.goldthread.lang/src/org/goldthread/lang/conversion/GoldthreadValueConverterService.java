package org.goldthread.lang.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Singleton;

/**
 * Value converters for Goldthread's data type rules. A singleton, like the Xtext default it extends
 * (the annotation is not inherited): otherwise every parser and linker got a new instance that
 * collected its converters from the grammar again, which cost about a tenth of a parse.
 */
@Singleton
public class GoldthreadValueConverterService extends DefaultTerminalConverters {

	private final IValueConverter<Double> decimal = new DecimalConverter();

	@ValueConverter(rule = "Decimal")
	public IValueConverter<Double> Decimal() {
		return decimal;
	}

	/** "1.5" -> 1.5; written back without a trailing ".0" for whole numbers ("2h", not "2.0h"). */
	static class DecimalConverter extends AbstractNullSafeConverter<Double> {
		@Override
		protected Double internalToValue(String string, INode node) {
			if (string.isBlank()) {
				throw new ValueConverterException("A number is expected here, e.g. 2 or 1.5.", node, null);
			}
			try {
				return Double.valueOf(string.replace(" ", ""));
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + string + "' is not a number; write e.g. 2 or 1.5.", node, e);
			}
		}

		@Override
		protected String internalToString(Double value) {
			if (value < 0) {
				throw new ValueConverterException("Hours cannot be negative: " + value, null, null);
			}
			return value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString();
		}
	}
}
