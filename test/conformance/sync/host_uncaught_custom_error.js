// An uncaught custom error subclass.
class ConfigError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ConfigError';
  }
}
console.log('loading config');
throw new ConfigError('missing key "port"');
