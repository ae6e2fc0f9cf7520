package org.cnnexplorer.core;

import java.math.BigInteger;

/**
 * Evaluates the numbers of a {@link Formula} exactly: integers, {@code + - * /} on rationals
 * (so {@code /} is exact and only {@code floor} and {@code ceil} round), parentheses and
 * {@code floor(x)}, {@code ceil(x)}, {@code max(x, y, ...)}. The result must be a whole number.
 */
public final class FormulaEvaluator {

    private final String text;
    private int pos;

    private FormulaEvaluator(String text) {
        this.text = text;
    }

    /** The whole number the text evaluates to; an {@link IllegalArgumentException} for anything else. */
    public static BigInteger evaluate(String text) {
        FormulaEvaluator parser = new FormulaEvaluator(text);
        Fraction value = parser.expression();
        parser.skipSpaces();
        if (parser.pos != text.length()) {
            throw new IllegalArgumentException("unexpected '" + text.substring(parser.pos) + "' in " + text);
        }
        if (!value.den.equals(BigInteger.ONE)) {
            throw new IllegalArgumentException(text + " is not a whole number: " + value.num + "/" + value.den);
        }
        return value.num;
    }

    private Fraction expression() {
        Fraction value = term();
        while (peek('+') || peek('-')) {
            char op = text.charAt(pos++);
            Fraction right = term();
            value = op == '+' ? value.plus(right) : value.plus(right.negate());
        }
        return value;
    }

    private Fraction term() {
        Fraction value = factor();
        while (peek('*') || peek('/')) {
            char op = text.charAt(pos++);
            Fraction right = factor();
            value = op == '*' ? value.times(right) : value.times(right.inverse());
        }
        return value;
    }

    private Fraction factor() {
        skipSpaces();
        if (peek('-')) {
            pos++;
            return factor().negate();
        }
        if (peek('(')) {
            pos++;
            Fraction inner = expression();
            expect(')');
            return inner;
        }
        for (String function : new String[] {"floor", "ceil", "max"}) {
            if (text.startsWith(function + "(", pos)) {
                pos += function.length() + 1;
                return call(function);
            }
        }
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalArgumentException("a number expected at " + start + " in " + text);
        }
        return new Fraction(new BigInteger(text.substring(start, pos)), BigInteger.ONE);
    }

    private Fraction call(String function) {
        Fraction value = expression();
        while (function.equals("max") && peek(',')) {
            pos++;
            Fraction next = expression();
            value = next.compareTo(value) > 0 ? next : value;
        }
        expect(')');
        return switch (function) {
            case "floor" -> value.floor();
            case "ceil" -> value.negate().floor().negate();
            default -> value;
        };
    }

    private boolean peek(char c) {
        skipSpaces();
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw new IllegalArgumentException("'" + c + "' expected at " + pos + " in " + text);
        }
        pos++;
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    /** An exact rational, always in lowest terms with a positive denominator. */
    private record Fraction(BigInteger num, BigInteger den) implements Comparable<Fraction> {

        Fraction {
            if (den.signum() == 0) {
                throw new IllegalArgumentException("division by zero");
            }
            BigInteger gcd = num.gcd(den);
            BigInteger sign = BigInteger.valueOf(den.signum());
            num = num.divide(gcd).multiply(sign);
            den = den.divide(gcd).multiply(sign);
        }

        Fraction plus(Fraction o) {
            return new Fraction(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Fraction times(Fraction o) {
            return new Fraction(num.multiply(o.num), den.multiply(o.den));
        }

        Fraction negate() {
            return new Fraction(num.negate(), den);
        }

        Fraction inverse() {
            return new Fraction(den, num);
        }

        Fraction floor() {
            BigInteger[] qr = num.divideAndRemainder(den);
            BigInteger q = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
            return new Fraction(q, BigInteger.ONE);
        }

        @Override
        public int compareTo(Fraction o) {
            return num.multiply(o.den).compareTo(o.num.multiply(den));
        }
    }
}
