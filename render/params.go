package render

// ParamNames reads the parameter names of the function whose source is src[start:end], so a frame
// can show "a0 x" instead of just "a0". The stream numbers arguments only; this is a small reader
// of a parameter list, not a parser: it returns names for plain identifiers (and `...rest`,
// `x = default` where the default has no brackets or strings) and "" for any parameter it does
// not understand (destructuring, complex defaults). Nil when the range is not a function.
func ParamNames(src []byte, start, end int) []string {
	if start < 0 || end > len(src) || start >= end {
		return nil
	}
	s := src[start:end]
	i := 0
	skip := func() {
		for i < len(s) {
			switch {
			case s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r':
				i++
			case i+1 < len(s) && s[i] == '/' && s[i+1] == '/':
				for i < len(s) && s[i] != '\n' {
					i++
				}
			case i+1 < len(s) && s[i] == '/' && s[i+1] == '*':
				j := i + 2
				for j+1 < len(s) && !(s[j] == '*' && s[j+1] == '/') {
					j++
				}
				i = j + 2
			default:
				return
			}
		}
	}
	// An arrow with one bare parameter: `x => …`, `async x => …`.
	skip()
	if id := ident(s[i:]); id != "" {
		j := i + len(id)
		i = j
		skip()
		if i+1 < len(s) && s[i] == '=' && s[i+1] == '>' {
			return []string{id}
		}
		if id == "async" {
			if id2 := ident(s[i:]); id2 != "" {
				i += len(id2)
				skip()
				if i+1 < len(s) && s[i] == '=' && s[i+1] == '>' {
					return []string{id2}
				}
			}
		}
	}
	// Otherwise the first '(' before the body opens the parameter list.
	open := -1
	for k := 0; k < len(s); k++ {
		if s[k] == '(' {
			open = k
			break
		}
		if s[k] == '{' || s[k] == '=' || s[k] == '"' || s[k] == '\'' || s[k] == '`' {
			return nil
		}
	}
	if open < 0 {
		return nil
	}
	var names []string
	depth, from := 0, open+1
	for k := open + 1; k < len(s); k++ {
		switch s[k] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth == 0 {
				if p := param(s[from:k]); p != "" || len(names) > 0 || trimmed(s[from:k]) != "" {
					names = append(names, p)
				}
				return names
			}
			depth--
		case ',':
			if depth == 0 {
				names = append(names, param(s[from:k]))
				from = k + 1
			}
		case '"', '\'', '`':
			return nil
		}
	}
	return nil
}

func trimmed(b []byte) string {
	i, j := 0, len(b)
	for i < j && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	for j > i && (b[j-1] == ' ' || b[j-1] == '\t' || b[j-1] == '\n' || b[j-1] == '\r') {
		j--
	}
	return string(b[i:j])
}

// param is the name of one parameter, "" when it is not a plain identifier.
func param(b []byte) string {
	t := trimmed(stripComments(b))
	if len(t) > 3 && t[:3] == "..." {
		t = trimmed([]byte(t[3:]))
	}
	id := ident([]byte(t))
	if id == "" {
		return ""
	}
	rest := trimmed([]byte(t[len(id):]))
	if rest == "" || rest[0] == '=' {
		return id
	}
	return ""
}

// ident is the ASCII identifier at the start of b ("" if none). Non-ASCII names give "" (shown
// as a0 only), which is safe.
func ident(b []byte) string {
	n := 0
	for n < len(b) {
		c := b[n]
		if c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || n > 0 && c >= '0' && c <= '9' {
			n++
			continue
		}
		if c >= 0x80 {
			return ""
		}
		break
	}
	return string(b[:n])
}

func stripComments(b []byte) []byte {
	var out []byte
	for i := 0; i < len(b); i++ {
		if i+1 < len(b) && b[i] == '/' && b[i+1] == '*' {
			j := i + 2
			for j+1 < len(b) && !(b[j] == '*' && b[j+1] == '/') {
				j++
			}
			i = j + 1
			out = append(out, ' ')
			continue
		}
		if i+1 < len(b) && b[i] == '/' && b[i+1] == '/' {
			for i < len(b) && b[i] != '\n' {
				i++
			}
			continue
		}
		out = append(out, b[i])
	}
	return out
}
