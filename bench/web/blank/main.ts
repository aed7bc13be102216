// The baseline of `npm run bench:web`: an empty Phaser 4 game, built the same way as Galateo.
import Phaser from 'phaser';

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  width: 480,
  height: 360,
  banner: false,
  audio: { noAudio: true },
  scene: [],
  callbacks: {
    postBoot: () => {
      (window as unknown as { phaserReadyAt: number }).phaserReadyAt = performance.now();
    },
  },
});
