package vm

// FormatChromeConsole renders a console call of type typ as the DevTools console's text.
func (r *Runtime) FormatChromeConsole(typ string, args []Value) string {
	return r.Format(DefaultInspectOptions(), args)
}
