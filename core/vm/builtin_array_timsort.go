package vm

// timSort is V8's ArrayTimSort (itself a port of CPython's listsort): natural runs extended to
// a minimum length by binary insertion, merged under the run-stack invariants with galloping.
// The comparator is called in exactly V8's order.
type timSort struct {
	r         *Runtime
	cmp       Value
	a         []Value
	runs      []timRun
	minGallop int
	tmp       []Value // merge buffer, reused
}

type timRun struct{ base, length int }

const minGallopWins = 7

// maxBinaryInsertionLength: V8 sorts arrays this short by binary insertion alone, without
// looking for runs (observed through comparator call order in Node 26).
const maxBinaryInsertionLength = 7

func (t *timSort) compare(x, y Value) float64 { return t.r.sortCompare(t.cmp, x, y) }

func (t *timSort) sort() {
	n := len(t.a)
	if n < 2 {
		return
	}
	if n <= maxBinaryInsertionLength {
		t.binaryInsertionSort(0, 0, n)
		return
	}
	low, remaining := 0, n
	minRun := computeMinRunLength(remaining)
	for remaining != 0 {
		run := t.countAndMakeRun(low, low+remaining)
		if run < minRun {
			forced := min(minRun, remaining)
			t.binaryInsertionSort(low, low+run, low+forced)
			run = forced
		}
		t.runs = append(t.runs, timRun{low, run})
		t.mergeCollapse()
		low += run
		remaining -= run
	}
	t.mergeForceCollapse()
}

func computeMinRunLength(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// countAndMakeRun returns the length of the run starting at low, reversing a descending one.
func (t *timSort) countAndMakeRun(lowArg, high int) int {
	low := lowArg + 1
	if low == high {
		return 1
	}
	run := 2
	prev := t.a[low]
	descending := t.compare(t.a[low], t.a[low-1]) < 0
	for idx := low + 1; idx < high; idx++ {
		cur := t.a[idx]
		order := t.compare(cur, prev)
		if descending && order >= 0 || !descending && order < 0 {
			break
		}
		prev = cur
		run++
	}
	if descending {
		s := t.a[lowArg : lowArg+run]
		for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
			s[i], s[j] = s[j], s[i]
		}
	}
	return run
}

// binaryInsertionSort sorts [low, high) given that [low, start) is sorted.
func (t *timSort) binaryInsertionSort(low, start, high int) {
	if low == start {
		start++
	}
	for ; start < high; start++ {
		left, right := low, start
		pivot := t.a[start]
		for left < right {
			mid := left + (right-left)>>1
			if t.compare(pivot, t.a[mid]) < 0 {
				right = mid
			} else {
				left = mid + 1
			}
		}
		copy(t.a[left+1:start+1], t.a[left:start])
		t.a[left] = pivot
	}
}

// invariant reports len[n-2] > len[n-1] + len[n] (true when n < 2).
func (t *timSort) invariant(n int) bool {
	if n < 2 {
		return true
	}
	return t.runs[n-2].length > t.runs[n-1].length+t.runs[n].length
}

func (t *timSort) mergeCollapse() {
	for len(t.runs) > 1 {
		n := len(t.runs) - 2
		if !t.invariant(n+1) || !t.invariant(n) {
			if n > 0 && t.runs[n-1].length < t.runs[n+1].length {
				n--
			}
			t.mergeAt(n)
		} else if t.runs[n].length <= t.runs[n+1].length {
			t.mergeAt(n)
		} else {
			break
		}
	}
}

func (t *timSort) mergeForceCollapse() {
	for len(t.runs) > 1 {
		n := len(t.runs) - 2
		if n > 0 && t.runs[n-1].length < t.runs[n+1].length {
			n--
		}
		t.mergeAt(n)
	}
}

func (t *timSort) mergeAt(i int) {
	baseA, lenA := t.runs[i].base, t.runs[i].length
	baseB, lenB := t.runs[i+1].base, t.runs[i+1].length
	t.runs[i].length = lenA + lenB
	if i == len(t.runs)-3 {
		t.runs[i+1] = t.runs[i+2]
	}
	t.runs = t.runs[:len(t.runs)-1]
	k := t.gallopRight(t.a, t.a[baseB], baseA, lenA, 0)
	baseA += k
	lenA -= k
	if lenA == 0 {
		return
	}
	lenB = t.gallopLeft(t.a, t.a[baseA+lenA-1], baseB, lenB, lenB-1)
	if lenB == 0 {
		return
	}
	if lenA <= lenB {
		t.mergeLow(baseA, lenA, baseB, lenB)
	} else {
		t.mergeHigh(baseA, lenA, baseB, lenB)
	}
}

// scratch copies src into the reused merge buffer.
func (t *timSort) scratch(src []Value) []Value {
	if cap(t.tmp) < len(src) {
		t.tmp = make([]Value, len(src))
	}
	t.tmp = t.tmp[:len(src)]
	copy(t.tmp, src)
	return t.tmp
}

// gallopLeft finds where key belongs in a[base, base+n): the leftmost position (before equals).
func (t *timSort) gallopLeft(a []Value, key Value, base, n, hint int) int {
	lastOfs, ofs := 0, 1
	if t.compare(a[base+hint], key) < 0 {
		maxOfs := n - hint
		for ofs < maxOfs {
			if t.compare(a[base+hint+ofs], key) >= 0 {
				break
			}
			lastOfs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxOfs)
		lastOfs += hint
		ofs += hint
	} else {
		maxOfs := hint + 1
		for ofs < maxOfs {
			if t.compare(a[base+hint-ofs], key) < 0 {
				break
			}
			lastOfs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxOfs)
		lastOfs, ofs = hint-ofs, hint-lastOfs
	}
	lastOfs++
	for lastOfs < ofs {
		m := lastOfs + (ofs-lastOfs)>>1
		if t.compare(a[base+m], key) < 0 {
			lastOfs = m + 1
		} else {
			ofs = m
		}
	}
	return ofs
}

// gallopRight finds where key belongs in a[base, base+n): the rightmost position (after equals).
func (t *timSort) gallopRight(a []Value, key Value, base, n, hint int) int {
	lastOfs, ofs := 0, 1
	if t.compare(key, a[base+hint]) < 0 {
		maxOfs := hint + 1
		for ofs < maxOfs {
			if t.compare(key, a[base+hint-ofs]) >= 0 {
				break
			}
			lastOfs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxOfs)
		lastOfs, ofs = hint-ofs, hint-lastOfs
	} else {
		maxOfs := n - hint
		for ofs < maxOfs {
			if t.compare(key, a[base+hint+ofs]) < 0 {
				break
			}
			lastOfs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxOfs)
		lastOfs += hint
		ofs += hint
	}
	lastOfs++
	for lastOfs < ofs {
		m := lastOfs + (ofs-lastOfs)>>1
		if t.compare(key, a[base+m]) < 0 {
			ofs = m
		} else {
			lastOfs = m + 1
		}
	}
	return ofs
}

// mergeLow merges adjacent runs A and B (A no longer than B), copying A aside.
func (t *timSort) mergeLow(baseA, lenA, baseB, lenB int) {
	a := t.a
	tmp := t.scratch(a[baseA : baseA+lenA])
	dest, cTmp, cB := baseA, 0, baseB
	a[dest] = a[cB]
	dest++
	cB++
	succeed := func() { copy(a[dest:dest+lenA], tmp[cTmp:cTmp+lenA]) }
	copyB := func() {
		copy(a[dest:dest+lenB], a[cB:cB+lenB])
		a[dest+lenB] = tmp[cTmp]
	}
	lenB--
	if lenB == 0 {
		succeed()
		return
	}
	if lenA == 1 {
		copyB()
		return
	}
	minGallop := t.minGallop
	for {
		winsA, winsB := 0, 0
		for {
			if t.compare(a[cB], tmp[cTmp]) < 0 {
				a[dest] = a[cB]
				dest++
				cB++
				winsB++
				lenB--
				winsA = 0
				if lenB == 0 {
					succeed()
					return
				}
				if winsB >= minGallop {
					break
				}
			} else {
				a[dest] = tmp[cTmp]
				dest++
				cTmp++
				winsA++
				lenA--
				winsB = 0
				if lenA == 1 {
					copyB()
					return
				}
				if winsA >= minGallop {
					break
				}
			}
		}
		minGallop++
		for first := true; first || winsA >= minGallopWins || winsB >= minGallopWins; first = false {
			minGallop = max(1, minGallop-1)
			t.minGallop = minGallop
			winsA = t.gallopRight(tmp, a[cB], cTmp, lenA, 0)
			if winsA > 0 {
				copy(a[dest:dest+winsA], tmp[cTmp:cTmp+winsA])
				dest += winsA
				cTmp += winsA
				lenA -= winsA
				if lenA == 1 {
					copyB()
					return
				}
				if lenA == 0 {
					succeed()
					return
				}
			}
			a[dest] = a[cB]
			dest++
			cB++
			lenB--
			if lenB == 0 {
				succeed()
				return
			}
			winsB = t.gallopLeft(a, tmp[cTmp], cB, lenB, 0)
			if winsB > 0 {
				copy(a[dest:dest+winsB], a[cB:cB+winsB])
				dest += winsB
				cB += winsB
				lenB -= winsB
				if lenB == 0 {
					succeed()
					return
				}
			}
			a[dest] = tmp[cTmp]
			dest++
			cTmp++
			lenA--
			if lenA == 1 {
				copyB()
				return
			}
		}
		minGallop++
		t.minGallop = minGallop
	}
}

// mergeHigh merges adjacent runs A and B (B shorter than A), copying B aside, from the right.
func (t *timSort) mergeHigh(baseA, lenA, baseB, lenB int) {
	a := t.a
	tmp := t.scratch(a[baseB : baseB+lenB])
	dest, cTmp, cA := baseB+lenB-1, lenB-1, baseA+lenA-1
	a[dest] = a[cA]
	dest--
	cA--
	succeed := func() { copy(a[dest-(lenB-1):dest+1], tmp[:lenB]) }
	copyA := func() {
		dest -= lenA
		cA -= lenA
		copy(a[dest+1:dest+1+lenA], a[cA+1:cA+1+lenA])
		a[dest] = tmp[cTmp]
	}
	lenA--
	if lenA == 0 {
		succeed()
		return
	}
	if lenB == 1 {
		copyA()
		return
	}
	minGallop := t.minGallop
	for {
		winsA, winsB := 0, 0
		for {
			if t.compare(tmp[cTmp], a[cA]) < 0 {
				a[dest] = a[cA]
				dest--
				cA--
				winsA++
				lenA--
				winsB = 0
				if lenA == 0 {
					succeed()
					return
				}
				if winsA >= minGallop {
					break
				}
			} else {
				a[dest] = tmp[cTmp]
				dest--
				cTmp--
				winsB++
				lenB--
				winsA = 0
				if lenB == 1 {
					copyA()
					return
				}
				if winsB >= minGallop {
					break
				}
			}
		}
		minGallop++
		for first := true; first || winsA >= minGallopWins || winsB >= minGallopWins; first = false {
			minGallop = max(1, minGallop-1)
			t.minGallop = minGallop
			k := t.gallopRight(a, tmp[cTmp], baseA, lenA, lenA-1)
			winsA = lenA - k
			if winsA > 0 {
				dest -= winsA
				cA -= winsA
				copy(a[dest+1:dest+1+winsA], a[cA+1:cA+1+winsA])
				lenA -= winsA
				if lenA == 0 {
					succeed()
					return
				}
			}
			a[dest] = tmp[cTmp]
			dest--
			cTmp--
			lenB--
			if lenB == 1 {
				copyA()
				return
			}
			k = t.gallopLeft(tmp, a[cA], 0, lenB, lenB-1)
			winsB = lenB - k
			if winsB > 0 {
				dest -= winsB
				cTmp -= winsB
				copy(a[dest+1:dest+1+winsB], tmp[cTmp+1:cTmp+1+winsB])
				lenB -= winsB
				if lenB == 1 {
					copyA()
					return
				}
				if lenB == 0 {
					succeed()
					return
				}
			}
			a[dest] = a[cA]
			dest--
			cA--
			lenA--
			if lenA == 0 {
				succeed()
				return
			}
		}
		minGallop++
		t.minGallop = minGallop
	}
}
