package vm

// Node reports an uncaught JSON.parse SyntaxError at V8's message location: the JSON text itself,
// as "<anonymous_script>:LINE", that line, and a caret under the offending character (no caret
// when the input ended early). The site belongs to the exception JSON.parse threw: a rethrow by
// a `throw` statement is a new exception and is reported where it was rethrown.

type messageSite struct {
	exc  *Exception
	site *ReportSite
}

// jsonFailSite builds the site for a parse error at UTF-16 position pos of src.
func jsonFailSite(src []uint16, pos int) *ReportSite {
	line, start := 1, 0
	for i := 0; i < pos && i < len(src); i++ {
		if src[i] == '\n' {
			line, start = line+1, i+1
		}
	}
	end := start
	for end < len(src) && src[end] != '\n' && src[end] != '\r' {
		end++
	}
	site := &ReportSite{File: "<anonymous_script>", Line: line, Source: NewStringUTF16(src[start:end]).GoString()}
	if pos < len(src) {
		site.Col = pos - start + 1
	}
	return site
}

// withJSONSite runs parse; a syntax error it throws carries its message site.
func (p *jsonParser) withJSONSite(parse func() Value) Value {
	p.failAt = -1
	defer func() {
		if e := recover(); e != nil {
			if x, ok := e.(*Exception); ok && p.failAt >= 0 {
				p.r.msgSite = messageSite{exc: x, site: jsonFailSite(p.src, p.failAt)}
			}
			panic(e)
		}
	}()
	return parse()
}

// uncaughtMessageSite is the message site of the exception being reported, if it is still the
// one last thrown (siteExc) and it has one.
func (r *Runtime) uncaughtMessageSite() *ReportSite {
	if ms := r.msgSite; ms.exc != nil && ms.exc == r.interp.siteExc {
		return ms.site
	}
	return nil
}
