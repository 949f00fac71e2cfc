# Tuijin image: the built platform and the distributed services, with the admin app.
# The command chooses what runs: the one-process platform by default, or
# dist/apps/gateway/main.js / dist/apps/project-service/main.js (see docker-compose.yml).
# `.ci/run` performs the steps below without Docker (apps/image-e2e) and starts the result.

# Build: every dependency, then the services (esbuild) and the admin app (Vite).
FROM node:24-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# nothing native is needed to build; better-sqlite3 is compiled in the deps stage
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN NX_DAEMON=false npx nx run-many -t build --outputStyle=static

# Production dependencies only: better-sqlite3 compiles from source against this Node.
FROM node:24-bookworm AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund
# bulletins use two of the CJK font package's nine weights (about 10 MB each)
RUN find node_modules/@expo-google-fonts/noto-sans-sc \( -name '*.ttf' -o -name '*.png' \) \
      ! -name 'NotoSansSC_400Regular.ttf' ! -name 'NotoSansSC_700Bold.ttf' -delete

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 TUIJIN_DATA_DIR=/data
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# runs as the image's unprivileged `node` user, who owns only the data directory
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--max-semi-space-size=64", "dist/apps/platform/main.js"]
