package vm

import "testing"

// Expected texts were checked against Node 26.10.
func TestInterpConformanceFixes(t *testing.T) {
	cases := []struct{ src, want string }{
		{`console.log('x' in {x:1}, 0 in [5], 'y' in {x:1})`, "true true false\n"},
		{`try { 'x' in 'str' } catch (e) { console.log(e.message) }`, "Cannot use 'in' operator to search for 'x' in str\n"},
		{`'use strict'; try { Object.freeze({a:1}).a = 2 } catch (e) { console.log(e.message) }`, "Cannot assign to read only property 'a' of object '#<Object>'\n"},
		{`'use strict'; try { delete Object.freeze({k:1}).k } catch (e) { console.log(e.message) }`, "Cannot delete property 'k' of #<Object>\n"},
		{`'use strict'; try { delete 'abc'.length } catch (e) { console.log(e.message) }`, "Cannot delete property 'length' of [object String]\n"},
		{`let n = 5; try { [...123] } catch (e) { console.log(e.message) }
		 try { [...(n + 1)] } catch (e) { console.log(e.message) }
		 try { [...{a: 1}] } catch (e) { console.log(e.message) }`, "123 is not iterable\n(n + 1) is not iterable\n{(intermediate value)} is not iterable\n"},
		{`let z = -0; console.log(Object.is(-0 % 5, -0), Object.is(z % 5, -0), Object.is(z % 5.5, -0), 7 % 2)`, "true true true 1\n"},
		{`'use strict'; function f(){} try { f.caller } catch (e) { console.log(e.constructor.name) }`, "TypeError\n"},
	}
	for _, c := range cases {
		got, exc := runJS(t, c.src)
		if got != c.want || exc != "" {
			t.Errorf("%s\ngot  %q (uncaught %q)\nwant %q", c.src, got, exc, c.want)
		}
	}
}
