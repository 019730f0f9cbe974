import { Physio__Pascal__ } from '../components/__name__/__name__.js';

Physio__Pascal__.define('physio-__name__');

export { Physio__Pascal__ };
