/**
 * One search index shard built in a worker thread of its own (see
 * indexSite() in ./index-site.ts): the worker marks the Chinese words of
 * the shard's pages and feeds them to a Pagefind process of its own, so
 * two shards are indexed at once on two cores, and each shard's memory
 * is given back when its worker ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { indexShard, type ShardJob } from './index-shard.ts';

const job = workerData as ShardJob;
await indexShard(job.siteDir, job.files, job.outputPath);
parentPort?.postMessage('done');
