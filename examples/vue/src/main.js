import { createApp } from 'vue';
// Registers all five widgets; they follow <html lang>.
import 'physio-elements/all.js';
import App from './App.vue';

createApp(App).mount('#app');
