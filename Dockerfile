# Tuijin platform image. The same image runs the embedded platform today and the
# distributed services as they are added; the command chooses which.
FROM node:20-bookworm AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# better-sqlite3 compiles from source against the image's Node headers
RUN npm ci --omit=dev --no-audit --no-fund
# bulletins use two of the CJK font package's nine weights (about 10 MB each)
RUN find node_modules/@expo-google-fonts/noto-sans-sc \( -name '*.ttf' -o -name '*.png' \) \
      ! -name 'NotoSansSC_400Regular.ttf' ! -name 'NotoSansSC_700Bold.ttf' -delete

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 TUIJIN_DATA_DIR=/data
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.base.json ./
COPY apps ./apps
COPY libs ./libs
COPY tools/runtime ./tools/runtime
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--max-semi-space-size=64", "-r", "./tools/runtime/register.js", "apps/platform/src/main.ts"]
