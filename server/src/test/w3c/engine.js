module.exports = { parse: async () => { throw new Error('not used by HTTP suites'); }, query: async () => { throw new Error('not used by HTTP suites'); } };
