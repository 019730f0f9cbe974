import { screenshotStories } from './screenshot-stories.js';

screenshotStories(390, 'dark');
