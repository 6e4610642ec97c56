package python

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// String is a Python string literal for s, quoted the way ruff format
// prefers: double quotes unless single quotes need fewer escapes.
func String(s string) string {
	quote := byte('"')
	if strings.Count(s, `"`) > strings.Count(s, `'`) {
		quote = '\''
	}
	var b strings.Builder
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == rune(quote):
			b.WriteByte('\\')
			b.WriteByte(quote)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case !unicode.IsPrint(r) || r == '\u2028' || r == '\u2029':
			if r <= 0xffff {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// Literal is the Python literal for a JSON scalar.
func Literal(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case string:
		return String(x)
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1e15 {
			return strconv.FormatInt(int64(x), 10)
		}
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	return String(fmt.Sprint(v))
}

// FloatLiteral writes a number as a Python float.
func FloatLiteral(x float64) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

// docstringLines renders text as a docstring at the given indentation, one
// line per element, without line ends. It is escaped so that nothing in it can
// end the string: backslashes and quotes are escaped, control characters
// written as escapes. The layout is the one ruff format produces, so the
// output needs no formatting.
func docstringLines(indent, text string) []string {
	lines := docLines(text)
	if len(lines) == 0 {
		return nil
	}
	for i, l := range lines {
		lines[i] = escapeDoc(l)
	}
	if len(lines) == 1 {
		return []string{indent + `"""` + padEnd(lines[0]) + `"""`}
	}
	out := make([]string, 0, len(lines)+1)
	out = append(out, indent+`"""`+lines[0])
	for _, l := range lines[1:] {
		if l != "" {
			l = indent + l
		}
		out = append(out, l)
	}
	return append(out, indent+`"""`)
}

// plainDoc reports whether s is printable ASCII without a quote or backslash,
// which escapeDoc returns as it is (nearly every description).
func plainDoc(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '\\' || c == '"' {
			return false
		}
	}
	return true
}

// padEnd keeps a closing quote or backslash off the closing quotes.
func padEnd(s string) string {
	if strings.HasSuffix(s, `"`) {
		return s + " "
	}
	return s
}

// docLines splits text into lines without trailing spaces, common
// indentation or blank lines at either end; tabs become spaces.
func docLines(text string) []string {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	text = strings.ReplaceAll(text, "\t", "    ")
	raw := strings.Split(text, "\n")
	for i, l := range raw {
		raw[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	for len(raw) > 0 && raw[0] == "" {
		raw = raw[1:]
	}
	for len(raw) > 0 && raw[len(raw)-1] == "" {
		raw = raw[:len(raw)-1]
	}
	if len(raw) == 0 {
		return nil
	}
	raw[0] = strings.TrimLeftFunc(raw[0], unicode.IsSpace)
	common := -1
	for _, l := range raw[1:] {
		if l == "" {
			continue
		}
		n := len(l) - len(strings.TrimLeft(l, " "))
		if common < 0 || n < common {
			common = n
		}
	}
	out := []string{raw[0]}
	for _, l := range raw[1:] {
		if l != "" && common > 0 {
			l = l[common:]
		}
		out = append(out, l)
	}
	// Collapse runs of blank lines.
	var squeezed []string
	for i, l := range out {
		if l == "" && i > 0 && out[i-1] == "" {
			continue
		}
		squeezed = append(squeezed, l)
	}
	return squeezed
}

func escapeDoc(s string) string {
	if plainDoc(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case !unicode.IsPrint(r) && r != ' ' || r == '\u2028' || r == '\u2029' || r == '\ufeff':
			if r <= 0xffff {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
