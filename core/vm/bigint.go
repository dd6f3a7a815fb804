package vm

import "math/big"

// BigInt is a JS BigInt primitive (arbitrary precision).
type BigInt struct {
	v big.Int
}

func NewBigInt(x *big.Int) *BigInt  { b := &BigInt{}; b.v.Set(x); return b }
func (b *BigInt) Big() *big.Int     { return &b.v }
func (b *BigInt) Sign() int         { return b.v.Sign() }
func (b *BigInt) Cmp(c *BigInt) int { return b.v.Cmp(&c.v) }
func (b *BigInt) String() string    { return b.v.String() }

func (r *Runtime) bigIntFromInt64(n int64) Value { return BigIntValue(NewBigInt(big.NewInt(n))) }
