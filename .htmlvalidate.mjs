// html-validate over every page in dist/ (test/build/html-valid.test.ts).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles repeat article headlines and program names as the sources print them.
    'long-title': 'off',
    // Formatting of generated markup, not validity: Astro's HTML compressor leaves spaces before line breaks.
    'no-trailing-whitespace': 'off',
  },
};
