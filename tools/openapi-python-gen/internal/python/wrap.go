package python

import (
	"regexp"
	"strings"
)

// wrap splits a statement longer than the line limit the way ruff format
// does for the shapes this generator writes, so that the output is already
// formatted:
//
//   - an element ending in "," with a conditional expression: the condition
//     and the else branch go on lines of their own;
//   - "x = rhs", "x: T = rhs" and "return rhs": a right-hand side ending in a
//     bracket is split inside that bracket, any other is put in parentheses.
//
// Other long lines are returned unchanged.
func wrap(indent, code string) []string {
	if len(indent)+len(code) <= lineLength {
		return []string{indent + code}
	}
	if strings.HasSuffix(code, ",") {
		return wrapExpr(indent, "", strings.TrimSuffix(code, ","), ",", false)
	}
	if lhs, rhs, ok := splitAssignment(code); ok {
		return wrapAssignment(indent, lhs, rhs)
	}
	if m := annotated.FindString(code); m != "" && len(splitTop(code[len(m):], " | ")) > 1 {
		return []string{indent + m + "(", indent + "    " + code[len(m):], indent + ")"}
	}
	if parts := splitTop(code, " for "); len(parts) > 1 {
		return []string{indent + parts[0], indent + "for " + strings.Join(parts[1:], " for ")}
	}
	return []string{indent + code}
}

var annotated = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*: `)

// wrapAssignment splits "lhs = rhs" (lhs ends with " = ", or is "return "):
// at the right-hand side's last bracket when what precedes it fits, else by
// putting the right-hand side in parentheses, else by splitting the
// annotation.
func wrapAssignment(indent, lhs, rhs string) []string {
	fits := func(s string) bool { return len(indent)+len(s) <= lineLength }
	conditional := len(conditionalParts(rhs)) == 3
	if open := matchingOpen(rhs); open >= 0 && !conditional && fits(lhs+rhs[:open+1]) {
		return wrapExpr(indent, lhs, rhs, "", false)
	}
	if fits(lhs+"(") || lhs == "return " || !annotated.MatchString(lhs) {
		return wrapExpr(indent, lhs, rhs, "", true)
	}
	m := annotated.FindString(lhs)
	ann := lhs[len(m) : len(lhs)-3]
	if len(splitTop(ann, " | ")) > 1 {
		return []string{indent + m + "(", indent + "    " + ann, indent + ") = " + rhs}
	}
	if open := matchingOpen(ann); open >= 0 {
		lines := splitBrackets(indent, m, ann, "")
		lines[len(lines)-1] += " = " + rhs
		return lines
	}
	return wrapExpr(indent, lhs, rhs, "", true)
}

// wrapExpr writes prefix+expr+suffix, split as ruff splits it. assignment
// says the expression is a right-hand side, which ruff puts in parentheses
// when it cannot split it at a bracket.
func wrapExpr(indent, prefix, expr, suffix string, assignment bool) []string {
	if len(indent)+len(prefix)+len(expr)+len(suffix) <= lineLength {
		return []string{indent + prefix + expr + suffix}
	}
	inner := indent + "    "
	if parts := conditionalParts(expr); parts != nil {
		if assignment {
			lines := []string{indent + prefix + "("}
			lines = append(lines, wrapExpr(inner, "", expr, "", false)...)
			return append(lines, indent+")"+suffix)
		}
		return conditional(indent, prefix, parts, suffix)
	}
	if parts := splitTop(expr, " | "); len(parts) > 1 && !assignment {
		lines := []string{indent + prefix + parts[0]}
		for _, p := range parts[1:] {
			lines = append(lines, indent+"| "+p)
		}
		lines[len(lines)-1] += suffix
		return lines
	}
	open := matchingOpen(expr)
	if open < 0 || assignment {
		if assignment {
			lines := []string{indent + prefix + "("}
			lines = append(lines, wrapExpr(inner, "", expr, "", false)...)
			return append(lines, indent+")"+suffix)
		}
		return []string{indent + prefix + expr + suffix}
	}
	return splitBrackets(indent, prefix, expr, suffix)
}

// splitBrackets splits expr inside the bracket its last character closes.
func splitBrackets(indent, prefix, expr, suffix string) []string {
	inner := indent + "    "
	open := matchingOpen(expr)
	head, body, closer := expr[:open+1], expr[open+1:len(expr)-1], expr[len(expr)-1:]
	lines := []string{indent + prefix + head}
	args := splitTop(body, ", ")
	switch {
	case len(splitTop(body, " for ")) > 1:
		if len(inner)+len(body) <= lineLength {
			lines = append(lines, inner+body)
		} else {
			parts := splitTop(body, " for ")
			lines = append(lines, inner+parts[0], inner+"for "+strings.Join(parts[1:], " for "))
		}
	case open == 0 && len(args) > 1, len(inner)+len(body) > lineLength && len(args) > 1:
		for _, arg := range args {
			lines = append(lines, wrapExpr(inner, "", arg, ",", false)...)
		}
	default:
		lines = append(lines, wrapExpr(inner, "", body, "", false)...)
	}
	return append(lines, indent+closer+suffix)
}

// conditional writes "a if b else c" on three lines; a conditional in the
// else branch is flattened into further if / else lines.
func conditional(indent, prefix string, parts []string, suffix string) []string {
	lines := wrapExpr(indent, prefix, parts[0], "", false)
	lines = append(lines, wrapExpr(indent, "if ", parts[1], "", false)...)
	if nested := conditionalParts(parts[2]); nested != nil {
		return append(lines, conditional(indent, "else ", nested, suffix)...)
	}
	return append(lines, wrapExpr(indent, "else ", parts[2], suffix, false)...)
}

// splitAssignment cuts "lhs = rhs" or "return rhs" into "lhs = " and "rhs".
func splitAssignment(code string) (string, string, bool) {
	if strings.HasPrefix(code, "return ") {
		return "return ", code[len("return "):], true
	}
	at := -1
	scanTop(code, func(i int) bool {
		if strings.HasPrefix(code[i:], " = ") {
			at = i
			return false
		}
		return true
	})
	if at < 0 {
		return "", "", false
	}
	return code[:at+3], code[at+3:], true
}

// splitTop splits code at every occurrence of sep outside brackets and strings.
func splitTop(code, sep string) []string {
	var parts []string
	start := 0
	scanTop(code, func(i int) bool {
		if strings.HasPrefix(code[i:], sep) {
			parts = append(parts, code[start:i])
			start = i + len(sep)
		}
		return true
	})
	return append(parts, code[start:])
}

// conditionalParts splits "a if b else c" at its top-level keywords, or
// returns nil when code is not a conditional expression.
func conditionalParts(code string) []string {
	ifAt, elseAt := -1, -1
	scanTop(code, func(i int) bool {
		switch {
		case ifAt < 0 && strings.HasPrefix(code[i:], " if "):
			ifAt = i
		case ifAt >= 0 && strings.HasPrefix(code[i:], " else "):
			elseAt = i
			return false
		}
		return true
	})
	if elseAt < 0 {
		return nil
	}
	return []string{code[:ifAt], code[ifAt+len(" if ") : elseAt], code[elseAt+len(" else "):]}
}

// scanTop calls visit with each index of code outside brackets and string
// literals, until visit returns false.
func scanTop(code string, visit func(i int) bool) {
	depth := 0
	inString := byte(0)
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch {
		case inString != 0:
			if c == '\\' {
				i++
			} else if c == inString {
				inString = 0
			}
		case c == '"' || c == '\'':
			inString = c
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			depth--
		case depth == 0 && !visit(i):
			return
		}
	}
}

// matchingOpen returns the index of the bracket that the final character
// closes, or -1 when code does not end with a closing bracket.
func matchingOpen(code string) int {
	if code == "" || !strings.ContainsAny(code[len(code)-1:], ")]}") {
		return -1
	}
	depth := 0
	inString := byte(0)
	open := -1
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch {
		case inString != 0:
			if c == '\\' {
				i++
			} else if c == inString {
				inString = 0
			}
		case c == '"' || c == '\'':
			inString = c
		case c == '(' || c == '[' || c == '{':
			if depth == 0 {
				open = i
			}
			depth++
		case c == ')' || c == ']' || c == '}':
			depth--
			if depth == 0 && i != len(code)-1 {
				open = -1
			}
		}
	}
	return open
}
