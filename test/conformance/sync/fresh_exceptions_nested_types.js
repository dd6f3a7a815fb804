class AppError extends Error {
  constructor(message, options) { super(message, options); this.name = this.constructor.name; }
}
class DbError extends AppError { constructor(query, cause) { super(`query failed: ${query}`, { cause }); this.query = query; } }
class NotFound extends DbError {}
function find(id) {
  try { if (id < 0) throw new RangeError(`bad id ${id}`); return { id }; }
  catch (e) { throw new NotFound(`SELECT ${id}`, e); }
}
try { find(-1); } catch (e) {
  console.log(e.name, e.message, e.query, e.cause.name, e.cause.message);
  console.log(e instanceof NotFound, e instanceof DbError, e instanceof AppError, e instanceof Error, e instanceof RangeError);
  console.log(Object.keys(e), e.stack.split('\n')[0], String(e));
  let chain = [], cur = e;
  while (cur) { chain.push(cur.name); cur = cur.cause; }
  console.log(chain.join(' <- '));
}
const errs = [new AppError('a'), new DbError('q'), new NotFound('n')];
console.log(errs.map(e => [e.name, e.constructor.name, Object.getPrototypeOf(e.constructor).name]));
try { throw Object.assign(new Error('with props'), { code: 'E1', details: [1, 2] }); } catch (e) { console.log(e.code, e.details, Object.keys(e)); }
