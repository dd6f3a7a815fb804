// Static initialisation blocks run once, in order with static fields.
const log = [];
class Config {
  static defaults = { mode: 'dev' };
  static {
    log.push('first static block sees ' + this.defaults.mode);
    this.ready = true;
  }
  static later = log.push('static field between blocks');
  static {
    log.push('second static block, ready=' + Config.ready);
  }
}
console.log(log);
console.log(Config.ready, Config.later);

let readSecret;
class Vault {
  #secret = 'hidden';
  static {
    readSecret = (v) => v.#secret;
  }
}
console.log(readSecret(new Vault()));
