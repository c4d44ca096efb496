// Cloudinary stores an upload that names no public_id under a random one: uploading again after a timeout that
// came after the upload landed stores a second asset. With a public_id the repeat replaces the same asset.
import pRetry from 'p-retry';
import { v2 as cloudinary } from 'cloudinary';

export async function storeCover(dataUri: string) {
  return pRetry(() => cloudinary.uploader.upload(dataUri, { folder: 'covers' }), { retries: 3 }); // expect: unkeyed-retry
}

export async function storeAvatar(dataUri: string, userId: string) {
  return pRetry(() => cloudinary.uploader.upload(dataUri, { folder: 'avatars', public_id: `avatar-${userId}` }), { retries: 3 });
}
