// Run by process.test.ts in a child process: faults nobody catches, then a sign of life.
import { EventEmitter } from 'node:events';
import { consoleLogger } from '@jiceng/core';
import { installProcessGuards } from '../process';

if (process.argv.includes('--guarded')) installProcessGuards(consoleLogger);
// Like a pg client whose backend was terminated while it was checked out: an 'error' event without a listener.
setTimeout(() => new EventEmitter().emit('error', new Error('terminating connection (57P01)')), 10);
setTimeout(() => Promise.reject(new Error('a plugin job nobody awaited')), 20);
setTimeout(() => {
  throw new Error('a throw in a timer');
}, 30);
setTimeout(() => {
  console.log('still alive');
}, 200);
