import { screenshotStories } from './screenshot-stories.js';

screenshotStories(1024, 'dark');
